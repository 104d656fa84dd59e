#pragma once

#include "CenterMonthPage.h"
#include "institution/InstitutionProfile.h"

class CenterFindingTableModel;
class CenterMonthTableModel;
class CenterSenderTableModel;
class CenterTotalsTableModel;
class Database;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

// A center's month at a glance: every institution with the state of its report (late ones in red) and its figures,
// the totals by county, by type and overall, the findings that only show across institutions, and who sent their
// files when (for the city, the county centers' roll-ups). A county center signs and exports its month's roll-up for
// the city from here.
class CenterStatusPage : public CenterMonthPage
{
    Q_OBJECT

public:
    CenterStatusPage(Database& db, InstitutionType centerType, QWidget* parent = nullptr);
    void reload() override;

private:
    QTableView* addTotalsTab(CenterTotalsTableModel* model, const QString& title, const QString& objectName);
    void exportRollUp();

    Database& m_db;
    InstitutionType m_centerType;
    QLabel* m_due;
    CenterMonthTableModel* m_rows;
    CenterTotalsTableModel* m_byCounty;
    CenterTotalsTableModel* m_byType;
    CenterTotalsTableModel* m_byTownship;
    CenterTotalsTableModel* m_overall;
    CenterFindingTableModel* m_findings;
    CenterSenderTableModel* m_senders;
    QTableView* m_rowTable;
    QTabWidget* m_tabs;
    int m_findingsTab = 0;
    QPushButton* m_exportRollUp;
    QLabel* m_message;
    QLabel* m_error;
};
