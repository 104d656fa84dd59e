#include "AlertList.h"

#include <QStyle>

using namespace Qt::StringLiterals;

AlertList::AlertList(QWidget* parent)
    : QListWidget(parent)
{
    setObjectName(u"alertList"_s);
    setWordWrap(true);
    setSpacing(2);
    setTextElideMode(Qt::ElideNone);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    connect(this, &QListWidget::itemClicked, this, &AlertList::follow);
    connect(this, &QListWidget::itemActivated, this, &AlertList::follow);
}

void AlertList::setAlerts(const QList<OverviewAlert>& alerts)
{
    m_alerts = alerts;
    clear();
    if (alerts.isEmpty()) {
        auto* none = new QListWidgetItem(tr("Nothing needs attention today."), this);
        none->setFlags(Qt::NoItemFlags);
        return;
    }
    const QIcon urgent = style()->standardIcon(QStyle::SP_MessageBoxCritical);
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (qsizetype i = 0; i < alerts.size(); ++i) {
        const OverviewAlert& a = alerts.at(i);
        auto* item = new QListWidgetItem(a.urgent ? urgent : warning, a.text, this);
        item->setData(Qt::UserRole, int(i));
        item->setToolTip(tr("Click to open where this is put right."));
        if (a.urgent)
            item->setForeground(QColor(0xc6, 0x28, 0x28));
    }
}

void AlertList::follow(QListWidgetItem* item)
{
    const QVariant index = item ? item->data(Qt::UserRole) : QVariant();
    if (!index.isValid())
        return;
    const OverviewAlert& a = m_alerts.at(index.toInt());
    emit placeChosen(a.place, a.classId, a.month);
}
