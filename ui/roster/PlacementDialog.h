#pragma once

#include "common/FormDialog.h"
#include "roster/ChildListing.h"
#include "roster/RosterUndo.h"

class Database;
class QComboBox;
class QDateEdit;
class QLabel;
class QUndoStack;

// One dated change to a child's place in care: enrolment from the waiting list, a move to another class, a change
// of care type, or leaving. The date is the first day of the new situation, or for leaving the last day in care.
class PlacementDialog : public FormDialog
{
    Q_OBJECT

public:
    enum class Change
    {
        Enrol,
        MoveClass,
        ChangeCareType,
        Withdraw
    };

    PlacementDialog(Database& db, QUndoStack& undo, RosterUndo::FailureHandler onUndoFailure, Change change,
                    const ChildListEntry& child, QWidget* parent = nullptr);

protected:
    Status save() override;

private:
    Result<qint64> apply();
    void showWarnings();

    Database& m_db;
    QUndoStack& m_undo;
    RosterUndo::FailureHandler m_onUndoFailure;
    Change m_change;
    ChildListEntry m_child;
    QDateEdit* m_date;
    QComboBox* m_class;
    QComboBox* m_careType;
    QLabel* m_warnings;
};
