#include "PolicyValueDialog.h"

#include "common/Money.h"
#include "common/PolicyParameters.h"
#include "store/ClosedMonths.h"
#include "store/PolicyRepository.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

using namespace Qt::StringLiterals;

PolicyValueDialog::PolicyValueDialog(Database& db, const PolicyValue& current, QWidget* parent)
    : FormDialog(parent)
    , m_db(db)
    , m_current(current)
    , m_money(new QLineEdit(this))
    , m_number(new QSpinBox(this))
    , m_from(new QLineEdit(this))
    , m_basis(new QLineEdit(this))
{
    setObjectName(u"policyValueDialog"_s);
    const QString label = PolicyParameters::label(current.key);
    setWindowTitle(tr("Change %1").arg(label));
    setIntro(tr("The new value applies from the month you choose; the months before keep the value they had. A "
                "closed month is never changed."));

    m_money->setObjectName(u"valueEdit"_s);
    m_number->setObjectName(u"valueSpin"_s);
    const PolicyUnit unit = PolicyDefinition::find(current.key)->unit();
    if (isMoney()) {
        m_money->setText(Money::fromFen(current.value).toPlainString());
        m_number->hide();
        form()->addRow(tr("&Value (yuan):"), m_money);
    } else {
        m_number->setRange(0, unit == PolicyUnit::Percent ? 100 : 9999);
        m_number->setSuffix(unit == PolicyUnit::Percent      ? tr(" %")
                                : unit == PolicyUnit::Months ? tr(" months")
                                                             : QString());
        m_number->setValue(int(current.value));
        m_money->hide();
        form()->addRow(tr("&Value:"), m_number);
    }
    m_from->setObjectName(u"appliesFromEdit"_s);
    m_from->setPlaceholderText(tr("YYYY-MM"));
    m_from->setText(ClosedMonths::suggestedStart(db).toString());
    form()->addRow(tr("Applies &from:"), m_from);
    m_basis->setObjectName(u"basisEdit"_s);
    m_basis->setPlaceholderText(tr("e.g. 潞价字〔2026〕12号"));
    form()->addRow(tr("&Basis:"), m_basis);
}

bool PolicyValueDialog::isMoney() const
{
    return PolicyDefinition::find(m_current.key)->unit() == PolicyUnit::Fen;
}

Status PolicyValueDialog::save()
{
    PolicyValue changed {m_current.key, {}, {}, m_number->value(), m_basis->text().trimmed()};
    if (isMoney()) {
        const Result<Money> amount = Money::parse(m_money->text());
        if (!amount)
            return Status::failure(tr("Value: %1").arg(amount.error()));
        changed.value = amount->fen();
    }
    const Result<Month> from = Month::parse(m_from->text());
    if (!from)
        return Status::failure(tr("Applies from: %1").arg(from.error()));
    changed.validFrom = from.value();
    return PolicyRepository(m_db).save(changed);
}
