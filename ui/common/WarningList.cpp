#include "WarningList.h"

#include <QStyle>

WarningList::WarningList(const QString& noneText, QWidget* parent)
    : QListWidget(parent)
    , m_noneText(noneText)
{
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::NoFocus);
    setWordWrap(true);
    setIconSize(QSize(16, 16));
    // As tall as its lines, up to the maximum height the page sets; then it scrolls.
    setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Maximum);
    setWarnings({});
}

void WarningList::setWarnings(const QStringList& warnings)
{
    m_warnings = warnings;
    clear();
    if (warnings.isEmpty()) {
        addItem(m_noneText);
        return;
    }
    const QIcon icon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const QString& text : warnings)
        addItem(new QListWidgetItem(icon, text));
}
