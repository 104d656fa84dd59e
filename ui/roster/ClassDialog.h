#pragma once

#include "common/FormDialog.h"
#include "roster/RosterRecords.h"

#include <functional>

class Database;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

// Adds or edits a class: name, type, capacity, room and the caregivers assigned. Until the user sets a capacity
// herself it follows the national maximum of the chosen type. Saving goes through the function the page gives,
// so the page decides how the edit is recorded (undoably).
class ClassDialog : public FormDialog
{
    Q_OBJECT

public:
    using Saver = std::function<Status(const ClassRecord&)>;

    // A record with id 0 is a new class.
    ClassDialog(Database& db, const ClassRecord& record, Saver saver, QWidget* parent = nullptr);

protected:
    Status save() override;

private:
    void fillCaregivers(Database& db);
    void typeChanged();
    ClassType type() const;

    ClassRecord m_record;
    Saver m_saver;
    QLineEdit* m_name;
    QComboBox* m_type;
    QSpinBox* m_capacity;
    QLabel* m_capacityHint;
    QLineEdit* m_room;
    QListWidget* m_caregivers;
    // Set once the user changes the capacity; from then on a change of type leaves it alone.
    bool m_capacityChosen = false;
};
