#include "ChildClaimDialog.h"

#include "billing/PaymentFields.h"
#include "subsidy/ClaimBatches.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace {

QString shown(const std::optional<Money>& amount)
{
    return amount ? amount->toString() : QString();
}

// An empty field: nothing to record.
Result<std::optional<Money>> readOptional(const QLineEdit* edit)
{
    if (edit->text().trimmed().isEmpty())
        return std::optional<Money>();
    const Result<Money> amount = PaymentFields::readAmount(edit);
    if (!amount)
        return Result<std::optional<Money>>::failure(amount.error());
    return std::optional<Money>(amount.value());
}

} // namespace

ChildClaimDialog::ChildClaimDialog(Database& db, Month month, const ClaimLine& line, QWidget* parent)
    : FormDialog(parent)
    , m_db(db)
    , m_month(month)
    , m_childId(line.childId)
    , m_approved(new QLineEdit(shown(line.approved), this))
    , m_paid(new QLineEdit(shown(line.paid), this))
{
    setObjectName(u"childClaimDialog"_s);
    setWindowTitle(tr("County's list: %1").arg(line.name));
    setIntro(tr("What the county's list for %1 says about %2, claimed for %3.")
                 .arg(month.toString(), line.name, line.amount().toString()));
    m_approved->setObjectName(u"approvedEdit"_s);
    m_paid->setObjectName(u"paidEdit"_s);
    form()->addRow(tr("Child:"), new QLabel(line.name, this));
    form()->addRow(tr("&Approved (yuan):"), m_approved);
    form()->addRow(tr("&Paid (yuan):"), m_paid);
    m_approved->setFocus();
}

Status ChildClaimDialog::save()
{
    const Result<std::optional<Money>> approved = readOptional(m_approved);
    if (!approved)
        return approved.status();
    const Result<std::optional<Money>> paid = readOptional(m_paid);
    if (!paid)
        return paid.status();
    return ClaimBatches::recordForChild(m_db, m_month, m_childId, approved.value(), paid.value()).status();
}
