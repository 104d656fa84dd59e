#include "PaymentFields.h"

#include "common/Clock.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QLineEdit>

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

Result<Month> PaymentFields::readMonth(const QLineEdit* edit)
{
    const Result<Month> month = Month::parse(edit->text().trimmed());
    if (!month)
        return Result<Month>::failure(QCoreApplication::translate("PaymentFields", "Month: %1").arg(month.error()));
    return month;
}

Result<Money> PaymentFields::readAmount(const QLineEdit* edit)
{
    const Result<Money> amount = Money::parse(edit->text());
    if (!amount)
        return Result<Money>::failure(QCoreApplication::translate("PaymentFields", "Amount: %1").arg(amount.error()));
    return amount;
}
