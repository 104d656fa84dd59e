#pragma once

#include "CenterMonthPage.h"

class Database;
class QChartView;
class QLabel;
struct CenterMonth;

// A center's month in three charts: places and enrolled children by county with each county's place use, 出勤率 and
// 持证上岗率 by institution against the target for certified caregivers in force, and the operating subsidy claimed
// in the twelve months up to the chosen one.
class CenterChartsPage : public CenterMonthPage
{
    Q_OBJECT

public:
    explicit CenterChartsPage(Database& db, QWidget* parent = nullptr);
    void reload() override;

private:
    void showCounties(const CenterMonth& state);
    void showInstitutions(const CenterMonth& state);
    // Each month's total read on its own; stops at the first that cannot be read, its reason shown.
    void showSubsidy(Month last);

    Database& m_db;
    QChartView* m_counties;
    QChartView* m_institutions;
    QChartView* m_subsidy;
    QLabel* m_error;
};
