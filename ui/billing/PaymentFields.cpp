#include "PaymentFields.h"

#include "common/Clock.h"

#include <QComboBox>
#include <QDateEdit>

using namespace Qt::StringLiterals;

QComboBox* PaymentFields::makeMethodCombo(QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(u"methodCombo"_s);
    for (const PaymentMethod method : PaymentMethods::all())
        combo->addItem(PaymentMethods::label(method), int(method));
    return combo;
}

PaymentMethod PaymentFields::method(const QComboBox* combo)
{
    return PaymentMethod(combo->currentData().toInt());
}

QDateEdit* PaymentFields::makeDateEdit(QWidget* parent)
{
    auto* edit = new QDateEdit(Clock::today(), parent);
    edit->setObjectName(u"paidOnEdit"_s);
    edit->setCalendarPopup(true);
    edit->setMaximumDate(Clock::today());
    return edit;
}
