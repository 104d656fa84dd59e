#include "Controls.h"

#include <QDateEdit>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

QPushButton* makeButton(const QString& text, const QString& objectName, QWidget* parent)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    return button;
}

QLabel* makeMessageLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(u"messageLabel"_s);
    label->setWordWrap(true);
    return label;
}

QDateEdit* makeDateEdit(QDate initial, const QString& objectName, QWidget* parent)
{
    auto* edit = new QDateEdit(initial, parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(u"0000-00-00"_s) + 40);
    return edit;
}

QDateEdit* makeMonthEdit(Month initial, const QString& objectName, QWidget* parent)
{
    auto* edit = new QDateEdit(initial.firstDay(), parent);
    edit->setObjectName(objectName);
    edit->setDisplayFormat(u"yyyy-MM"_s);
    edit->setCalendarPopup(true);
    return edit;
}
