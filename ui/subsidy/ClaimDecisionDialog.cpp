#include "ClaimDecisionDialog.h"

#include "billing/PaymentFields.h"
#include "subsidy/ClaimBatches.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QLineEdit>
#include <QRadioButton>

using namespace Qt::StringLiterals;

ClaimDecisionDialog::ClaimDecisionDialog(Database& db, Month month, Money claimed, QWidget* parent)
    : FormDialog(parent)
    , m_db(db)
    , m_month(month)
    , m_claimed(claimed)
    , m_full(new QRadioButton(tr("Approved in &full (%1)").arg(claimed.toString()), this))
    , m_part(new QRadioButton(tr("Approved in &part, for:"), this))
    , m_returned(new QRadioButton(tr("&Returned for correction, because:"), this))
    , m_amount(new QLineEdit(this))
    , m_note(new QLineEdit(this))
{
    setObjectName(u"claimDecisionDialog"_s);
    setWindowTitle(tr("The county's decision on %1").arg(month.toString()));
    setIntro(tr("What the county decided on the claim of %1. A returned claim is corrected and submitted again as a "
                "new version; the one sent is kept.")
                 .arg(month.toString()));
    m_full->setObjectName(u"approvedFullRadio"_s);
    m_part->setObjectName(u"approvedPartRadio"_s);
    m_returned->setObjectName(u"returnedRadio"_s);
    m_amount->setObjectName(u"amountEdit"_s);
    m_amount->setPlaceholderText(tr("yuan approved"));
    m_note->setObjectName(u"noteEdit"_s);
    m_note->setPlaceholderText(tr("e.g. two children's ID numbers do not match"));
    auto* choices = new QButtonGroup(this);
    for (QRadioButton* choice : {m_full, m_part, m_returned})
        choices->addButton(choice);
    m_full->setChecked(true);
    form()->addRow(m_full);
    form()->addRow(m_part, m_amount);
    form()->addRow(m_returned, m_note);
    connect(choices, &QButtonGroup::buttonToggled, this, &ClaimDecisionDialog::updateFields);
    updateFields();
}

void ClaimDecisionDialog::updateFields()
{
    m_amount->setEnabled(m_part->isChecked());
    m_note->setEnabled(m_returned->isChecked());
}

Status ClaimDecisionDialog::save()
{
    if (m_returned->isChecked())
        return ClaimBatches::returnForCorrection(m_db, m_month, m_note->text()).status();
    Money approved = m_claimed;
    if (m_part->isChecked()) {
        const Result<Money> amount = PaymentFields::readAmount(m_amount);
        if (!amount)
            return Status::failure(amount.error());
        approved = amount.value();
    }
    return ClaimBatches::approve(m_db, m_month, approved).status();
}
