#include "PolicyDialog.h"

#include "billing/PaymentFields.h"
#include "common/Clock.h"
#include "common/Controls.h"
#include "subsidy/ChildBasics.h"
#include "subsidy/InsuranceRoll.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

PolicyDialog::PolicyDialog(Database& db, const InsurancePolicy& policy, const QString& childName, QWidget* parent)
    : FormDialog(parent)
    , m_db(db)
    , m_policy(policy)
    , m_child(new QComboBox(this))
    , m_number(new QLineEdit(policy.policyNumber, this))
    , m_from(
          makeDateEdit(policy.from.isValid() ? policy.from : QDate(Clock::today().year(), 1, 1), u"fromEdit"_s, this))
    , m_to(makeDateEdit(policy.to.isValid() ? policy.to : QDate(Clock::today().year(), 12, 31), u"toEdit"_s, this))
    , m_premium(new QLineEdit(policy.id ? policy.premium.toString() : QString(), this))
    , m_payer(new QComboBox(this))
{
    setObjectName(u"policyDialog"_s);
    const bool adding = policy.id == 0;
    setWindowTitle(adding ? tr("Add an insurance policy") : tr("Change the policy of %1").arg(childName));
    setIntro(tr("A child's accident insurance (意外伤害保险) as the policy states it; both days of the period are "
                "covered."));
    m_child->setObjectName(u"childCombo"_s);
    if (adding) {
        const QDate today = Clock::today();
        for (const ChildBasics& c : ChildBasics::enrolled(db).value_or({}))
            if (!c.withdrawnOn.isValid() || c.withdrawnOn >= today)
                m_child->addItem(c.name, c.id);
        const int index = m_child->findData(policy.childId);
        m_child->setCurrentIndex(std::max(index, 0));
        form()->addRow(tr("&Child:"), m_child);
    } else {
        m_child->hide();
        form()->addRow(tr("Child:"), new QLabel(childName, this));
    }
    m_number->setObjectName(u"policyNumberEdit"_s);
    m_premium->setObjectName(u"premiumEdit"_s);
    m_payer->setObjectName(u"payerCombo"_s);
    for (const InsurancePayer payer : InsurancePayers::all())
        m_payer->addItem(InsurancePayers::label(payer), int(payer));
    m_payer->setCurrentIndex(m_payer->findData(int(policy.payer)));
    form()->addRow(tr("&Policy number:"), m_number);
    form()->addRow(tr("Cover &from:"), m_from);
    form()->addRow(tr("Cover &to:"), m_to);
    form()->addRow(tr("P&remium (yuan):"), m_premium);
    form()->addRow(tr("Paid &by:"), m_payer);
}

Status PolicyDialog::save()
{
    const Result<Money> premium = PaymentFields::readAmount(m_premium);
    if (!premium)
        return premium.status();
    InsurancePolicy p = m_policy;
    if (p.id == 0)
        p.childId = m_child->currentData().toLongLong();
    p.policyNumber = m_number->text().trimmed();
    p.from = m_from->date();
    p.to = m_to->date();
    p.premium = premium.value();
    p.payer = InsurancePayer(m_payer->currentData().toInt());
    InsuranceRoll roll(m_db);
    return p.id == 0 ? roll.add(p).status() : roll.change(p);
}
