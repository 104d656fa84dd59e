#pragma once

#include "RosterPage.h"

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class StaffTableModel;
class WarningList;
struct StaffRecord;

// Everyone employed, with 持证上岗率 against the city's target on top and, below the table, the certificates of
// staff in post that expired or expire soon. Those who may edit the roster add and edit staff and undo their edits.
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

    StaffTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QLabel* m_rate;
    QLabel* m_rateIcon;
    QLabel* m_rateVerdict;
    QLabel* m_expiringTitle;
    QPushButton* m_edit;
    WarningList* m_expiring;
    QLabel* m_loadError;
};
