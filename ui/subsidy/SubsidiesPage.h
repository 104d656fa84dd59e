#pragma once

#include <QWidget>

class Database;
class FamilySubsidiesView;
class InsuranceView;
class OperatingClaimView;
class QTabWidget;

// 补贴: the operating subsidy claim the institution makes each month, and what it keeps for families' own
// subsidies and the children's accident insurance.
class SubsidiesPage : public QWidget
{
    Q_OBJECT

public:
    explicit SubsidiesPage(Database& db, QWidget* parent = nullptr);

    OperatingClaimView* claimView() const { return m_claims; }
    FamilySubsidiesView* familyView() const { return m_families; }
    InsuranceView* insuranceView() const { return m_insurance; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    QTabWidget* m_tabs;
    OperatingClaimView* m_claims;
    FamilySubsidiesView* m_families;
    InsuranceView* m_insurance;
};
