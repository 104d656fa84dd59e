#include "MonthEdit.h"

#include <QDateEdit>

using namespace Qt::StringLiterals;

QDateEdit* makeMonthEdit(Month initial, const QString& objectName, QWidget* parent)
{
    auto* edit = new QDateEdit(initial.firstDay(), parent);
    edit->setObjectName(objectName);
    edit->setDisplayFormat(u"yyyy-MM"_s);
    edit->setCalendarPopup(true);
    return edit;
}
