#pragma once

#include "subsidy/BirthSubsidyApplication.h"

#include <QWidget>
#include <optional>

class BirthSubsidyTableModel;
class Database;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;
struct BirthSubsidyEntry;

// 家庭补贴: the children in care whose families may apply for the one-time birth subsidy, with what each family has
// done about it and about the national 育儿补贴 (every child in care, on request, for the latter); the application
// sheet printed for a family to take along.
class FamilySubsidiesView : public QWidget
{
    Q_OBJECT

public:
    explicit FamilySubsidiesView(Database& db, QWidget* parent = nullptr);

    void reload();

private:
    // The selected family's row, or nothing.
    const BirthSubsidyEntry* selected() const;
    void updateButtons();
    void recordApplication();
    void recordNotApplied();
    void setChildcareAnswer();
    // The application sheet of the selected family, or an error shown on the page.
    std::optional<BirthSubsidyApplication> selectedApplication();
    void printApplication();
    void saveApplication();
    void showOutcome(const QString& error, const QString& message);

    Database& m_db;
    BirthSubsidyTableModel* m_entries;
    QDateEdit* m_day;
    QCheckBox* m_everyChild;
    QTableView* m_view;
    QLabel* m_totals;
    QPushButton* m_applied;
    QPushButton* m_notApplied;
    QComboBox* m_childcare;
    QPushButton* m_print;
    QPushButton* m_save;
    QLabel* m_message;
    QLabel* m_error;
};
