#include "ClaimPaymentDialog.h"

#include "billing/PaymentFields.h"
#include "subsidy/ClaimBatches.h"

#include <QFormLayout>
#include <QLineEdit>

using namespace Qt::StringLiterals;

ClaimPaymentDialog::ClaimPaymentDialog(Database& db, Month month, Money approved, QWidget* parent)
    : FormDialog(parent)
    , m_db(db)
    , m_month(month)
    , m_amount(new QLineEdit(approved.toString(), this))
{
    setObjectName(u"claimPaymentDialog"_s);
    setWindowTitle(tr("Subsidy received for %1").arg(month.toString()));
    setIntro(tr("The county approved %1 for %2. How much of it has reached the institution's account?")
                 .arg(approved.toString(), month.toString()));
    m_amount->setObjectName(u"amountEdit"_s);
    form()->addRow(tr("&Received (yuan):"), m_amount);
    m_amount->selectAll();
    m_amount->setFocus();
}

Status ClaimPaymentDialog::save()
{
    const Result<Money> amount = PaymentFields::readAmount(m_amount);
    if (!amount)
        return amount.status();
    return ClaimBatches::recordPayment(m_db, m_month, amount.value()).status();
}
