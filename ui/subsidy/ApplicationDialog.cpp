#include "ApplicationDialog.h"

#include "common/Clock.h"
#include "common/Controls.h"
#include "common/OptionalDateEdit.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>

using namespace Qt::StringLiterals;

ApplicationDialog::ApplicationDialog(Database& db, const BirthSubsidyEntry& entry, QWidget* parent)
    : FormDialog(parent)
    , m_db(db)
    , m_childId(entry.childId)
    , m_applied(makeDateEdit(entry.applied() ? entry.appliedOn : Clock::today(), u"appliedDateEdit"_s, this))
    , m_granted(new OptionalDateEdit(tr("Granted on"), u"granted"_s, this))
{
    setObjectName(u"applicationDialog"_s);
    setWindowTitle(tr("Birth subsidy: %1").arg(entry.name));
    setIntro(tr("The family of %1 (birth order %2) may apply for %3.")
                 .arg(entry.name)
                 .arg(entry.birthOrder)
                 .arg(entry.amount.toString()));
    m_granted->setDate(entry.grantedOn, Clock::today());
    form()->addRow(tr("&Applied on:"), m_applied);
    form()->addRow(QString(), m_granted);
}

Status ApplicationDialog::save()
{
    return BirthSubsidies(m_db).setApplied(m_childId, m_applied->date(), m_granted->date());
}
