#include "RefundDialog.h"

#include "PaymentFields.h"
#include "billing/PaymentRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

RefundDialog::RefundDialog(Database& db, qint64 childId, const QString& childName, Month month, QWidget* parent)
    : FormDialog(parent)
    , m_db(db)
    , m_childId(childId)
    , m_month(new QLineEdit(month.toString(), this))
    , m_amount(new QLineEdit(this))
    , m_method(PaymentFields::makeMethodCombo(this))
    , m_paidOn(PaymentFields::makeDateEdit(this))
    , m_reason(new QLineEdit(this))
{
    setObjectName(u"refundDialog"_s);
    setWindowTitle(tr("Record a refund"));
    setIntro(tr("Money paid back to the family: at most what was paid beyond a closed month's bill, or what was "
                "paid ahead for a month not closed yet."));
    form()->addRow(tr("Child:"), new QLabel(childName, this));
    m_month->setObjectName(u"monthEdit"_s);
    m_month->setPlaceholderText(tr("YYYY-MM"));
    form()->addRow(tr("&Month:"), m_month);
    m_amount->setObjectName(u"amountEdit"_s);
    form()->addRow(tr("&Amount (yuan):"), m_amount);
    form()->addRow(tr("Paid &by:"), m_method);
    form()->addRow(tr("&Date:"), m_paidOn);
    m_reason->setObjectName(u"reasonEdit"_s);
    m_reason->setPlaceholderText(tr("e.g. withdrew on 15 December"));
    form()->addRow(tr("&Reason:"), m_reason);
    m_amount->setFocus();
}

Status RefundDialog::save()
{
    const Result<Month> month = PaymentFields::readMonth(m_month);
    if (!month)
        return Status::failure(month.error());
    const Result<Money> amount = PaymentFields::readAmount(m_amount);
    if (!amount)
        return Status::failure(amount.error());
    RefundRequest request;
    request.childId = m_childId;
    request.month = month.value();
    request.amount = amount.value();
    request.method = PaymentFields::method(m_method);
    request.paidOn = m_paidOn->date();
    request.reason = m_reason->text();
    return PaymentRepository(m_db).refund(request);
}
