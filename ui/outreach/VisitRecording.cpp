#include "VisitRecording.h"

#include "VisitDialog.h"
#include "common/MessageBox.h"
#include "outreach/HouseholdRepository.h"
#include "outreach/VisitDrafts.h"
#include "store/Database.h"

#include <QDebug>

bool VisitRecording::recordVisit(Database& db, qint64 householdId, QWidget* parent)
{
    const Result<Household> household = HouseholdRepository(db).load(householdId);
    if (!household) {
        MessageBox::critical(parent, tr("Record visit"), household.error());
        return false;
    }
    VisitDialog dialog(db, household.value(), std::nullopt, parent);
    return dialog.exec() == QDialog::Accepted;
}

bool VisitRecording::offerDraft(Database& db, QWidget* parent)
{
    const Result<std::optional<VisitDraft>> draft = VisitDrafts::load(db);
    if (!draft || !draft->has_value())
        return false;
    const Visit& visit = draft->value().visit;
    const HouseholdRepository households(db);
    const Result<OutreachChild> child = households.child(visit.childId);
    const Result<Household> household
        = child ? households.load(child->householdId) : Result<Household>::failure(child.error());
    if (!household) {
        // The child was removed since: the draft has nowhere to go.
        qWarning().noquote() << household.error();
        if (const Status discarded = VisitDrafts::discard(db); !discarded)
            qWarning().noquote() << discarded.error();
        return false;
    }
    const QMessageBox::StandardButton answer
        = MessageBox::question(parent, tr("Visit not saved"),
                               tr("A visit to %1 on %2 was not saved. Continue it?\n\nNo throws the form away.")
                                   .arg(child->name, visit.visitedOn.toString(Qt::ISODate)));
    if (answer != QMessageBox::Yes) {
        if (const Status discarded = VisitDrafts::discard(db); !discarded)
            qWarning().noquote() << discarded.error();
        return false;
    }
    VisitDialog dialog(db, household.value(), visit, parent);
    return dialog.exec() == QDialog::Accepted;
}
