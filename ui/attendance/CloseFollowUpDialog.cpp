#include "CloseFollowUpDialog.h"

#include "common/Clock.h"
#include "common/OptionalDateEdit.h"

#include <QFormLayout>
#include <QLineEdit>

using namespace Qt::StringLiterals;

CloseFollowUpDialog::CloseFollowUpDialog(Database& db, const SickFollowUp& followUp, QWidget* parent)
    : FormDialog(parent)
    , m_db(db)
    , m_followUpId(followUp.id)
    , m_outcome(new QLineEdit(this))
    , m_returned(new OptionalDateEdit(tr("Back in care on"), u"returned"_s, this))
{
    setObjectName(u"closeFollowUpDialog"_s);
    setWindowTitle(tr("Close the follow-up"));
    setIntro(tr("%1, sick since %2 (%3). Write what came of it; the follow-up then leaves the list.")
                 .arg(followUp.childName, followUp.firstDay.toString(Qt::ISODate), followUp.symptom));
    m_outcome->setObjectName(u"outcomeEdit"_s);
    m_outcome->setPlaceholderText(tr("e.g. recovered, doctor's note seen; diagnosed 手足口病, class disinfected"));
    m_returned->setDate(Clock::today(), Clock::today());
    form()->addRow(tr("&Outcome:"), m_outcome);
    form()->addRow(QString(), m_returned);
    setMinimumWidth(520);
}

Status CloseFollowUpDialog::save()
{
    return FollowUpRepository(m_db).close(m_followUpId, m_outcome->text(), m_returned->date());
}
