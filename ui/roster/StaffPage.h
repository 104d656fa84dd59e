#pragma once

#include "RosterPage.h"
#include "StaffQualificationForm.h"

#include <optional>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class StaffTableModel;
class WarningList;
struct StaffRecord;

// Everyone employed, with 持证上岗率 against the city's target on top and, below the table, the certificates of
// staff in post that expired or expire soon. Those who may edit the roster add and edit staff and undo their edits.
// The qualification list (工作人员资质一览表) of everyone in post is printed or saved as PDF from here.
class StaffPage : public RosterPage
{
    Q_OBJECT

public:
    explicit StaffPage(Database& db, QWidget* parent = nullptr);

    void reload() override;
    // Selects the row of this person; false when there is none.
    bool selectStaff(qint64 staffId);

private:
    const StaffRecord* selectedStaff() const;
    void updateButtons();
    void openDialog(const StaffRecord& record);
    Status save(const StaffRecord& record);
    // The qualification list as of today; nullopt (the reason shown) when it cannot be read.
    std::optional<StaffQualificationForm> qualificationForm();
    QString listTitle() const;
    void printList();
    void saveList();

    StaffTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QLabel* m_rate;
    QLabel* m_rateIcon;
    QLabel* m_rateVerdict;
    QLabel* m_expiringTitle;
    QPushButton* m_edit;
    QPushButton* m_printList;
    QPushButton* m_saveList;
    WarningList* m_expiring;
    QLabel* m_loadError;
};
