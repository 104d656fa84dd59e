#pragma once

#include "RosterPage.h"

class ClassTableModel;
class QDateEdit;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class WarningList;
struct ClassRecord;
struct ClassStatus;

// The classes on a day (today unless the user picks another): children against capacity, caregivers against the
// ratio, and every warning in a list below the table. Those who may edit the roster add, edit and delete classes
// here, and undo and redo their edits.
class ClassesPage : public RosterPage
{
    Q_OBJECT

public:
    explicit ClassesPage(Database& db, QWidget* parent = nullptr);

    void reload() override;
    // Selects the row of this class; false when there is none.
    bool selectClass(qint64 classId);

private:
    const ClassStatus* selectedClass() const;
    void updateButtons();
    void openDialog(const ClassRecord& record);
    Status save(const ClassRecord& record);
    void removeSelected();

    ClassTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QDateEdit* m_day;
    QPushButton* m_edit;
    QPushButton* m_remove;
    WarningList* m_warnings;
    QLabel* m_loadError;
};
