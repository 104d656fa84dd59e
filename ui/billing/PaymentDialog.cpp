#include "PaymentDialog.h"

#include "PaymentFields.h"
#include "billing/PaymentRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

using namespace Qt::StringLiterals;

PaymentDialog::PaymentDialog(Database& db, qint64 childId, const QString& childName, Month month, Money amount,
                             QWidget* parent)
    : FormDialog(parent)
    , m_db(db)
    , m_childId(childId)
    , m_month(new QLineEdit(month.toString(), this))
    , m_months(new QSpinBox(this))
    , m_amount(new QLineEdit(amount.toPlainString(), this))
    , m_method(PaymentFields::makeMethodCombo(this))
    , m_paidOn(PaymentFields::makeDateEdit(this))
    , m_payer(new QLineEdit(this))
    , m_reference(new QLineEdit(this))
{
    setObjectName(u"paymentDialog"_s);
    setWindowTitle(tr("Record a payment"));
    setIntro(tr("A receipt is issued for the payment. To pay several months ahead, give the first month and how "
                "many months; each month gets the amount."));

    form()->addRow(tr("Child:"), new QLabel(childName, this));
    m_month->setObjectName(u"monthEdit"_s);
    m_month->setPlaceholderText(tr("YYYY-MM"));
    form()->addRow(tr("&Month:"), m_month);
    m_months->setObjectName(u"monthsSpin"_s);
    m_months->setRange(1, 12);
    form()->addRow(tr("Number of mon&ths:"), m_months);
    m_amount->setObjectName(u"amountEdit"_s);
    form()->addRow(tr("&Amount per month (yuan):"), m_amount);
    form()->addRow(tr("Paid &by:"), m_method);
    form()->addRow(tr("&Date:"), m_paidOn);
    m_payer->setObjectName(u"payerEdit"_s);
    m_payer->setText(PaymentRepository(db).usualPayer(childId).value_or(QString()));
    form()->addRow(tr("&Payer:"), m_payer);
    m_reference->setObjectName(u"referenceEdit"_s);
    m_reference->setPlaceholderText(tr("e.g. the transfer's transaction number"));
    form()->addRow(tr("&Reference:"), m_reference);
    m_amount->setFocus();
    m_amount->selectAll();
}

Status PaymentDialog::save()
{
    const Result<Month> month = PaymentFields::readMonth(m_month);
    if (!month)
        return Status::failure(month.error());
    const Result<Money> amount = PaymentFields::readAmount(m_amount);
    if (!amount)
        return Status::failure(amount.error());
    PaymentRequest request;
    request.childId = m_childId;
    request.firstMonth = month.value();
    request.months = m_months->value();
    request.amountPerMonth = amount.value();
    request.method = PaymentFields::method(m_method);
    request.paidOn = m_paidOn->date();
    request.payer = m_payer->text();
    request.reference = m_reference->text();
    const Result<QString> receipt = PaymentRepository(m_db).record(request);
    if (!receipt)
        return Status::failure(receipt.error());
    m_receipt = receipt.value();
    return {};
}
