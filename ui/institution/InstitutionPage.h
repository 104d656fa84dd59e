#pragma once

#include <QWidget>

class Database;
class FeeScheduleView;
class PolicyTableModel;
class QFormLayout;
class QLabel;
class QTableWidget;

// The institution's identity, the policy parameters in force and the care calendar of the year: what the
// director checks before the first month is billed or claimed. Read only for a user who may not edit the institution.
// A second tab holds the fee schedule and the items collected on behalf. A county or city center's page shows its
// profile, the policy, data safety and its signing key, and nothing of billing or care days; so does an outreach
// team's, with its township.
class InstitutionPage : public QWidget
{
    Q_OBJECT

public:
    explicit InstitutionPage(Database& db, QWidget* parent = nullptr);

    void reload();

signals:
    // The director chose a backup to restore (see DataSafetyBox).
    void restoreRequested(const QString& backupPath);

private:
    void editProfile();
    // Each returns the reason it could not load, or an empty string.
    QString showProfile();
    QString showCalendar();

    Database& m_db;
    QFormLayout* m_profileForm;
    PolicyTableModel* m_policyModel;
    QTableWidget* m_calendarTable;
    QLabel* m_calendarNotice;
    FeeScheduleView* m_fees = nullptr;
    // A center or an outreach team: no fees and no care days.
    bool m_keepsNoCare = false;
    QLabel* m_loadError;
};
