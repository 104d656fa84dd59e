#pragma once

#include "common/Month.h"
#include "subsidy/ClaimBatches.h"

#include <QWidget>
#include <optional>

class ClaimTableModel;
class Database;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

// 运营补贴申报: a month's operating subsidy claim, either as the rules make it now or one of the versions sent to
// the county, each child with the figures and the reason when not claimed. Finance and the director submit the
// claim here, record the county's decision and the money received, per batch and per child, and export the
// workbook handed in.
class OperatingClaimView : public QWidget
{
    Q_OBJECT

public:
    explicit OperatingClaimView(Database& db, QWidget* parent = nullptr);

    Month month() const;
    void setMonth(Month month);
    void reload();

private:
    void loadVersions();
    void showSelected();
    void updateButtons();
    // The stored version shown, or nothing for the claim as it would be made now.
    std::optional<ClaimBatch> shownBatch() const;
    std::optional<ClaimBatch> latestBatch() const;
    QString describe(const ClaimBatch& batch) const;
    void submit();
    void recordDecision();
    void recordPayment();
    void recordForChild();
    void exportWorkbook();
    void showOutcome(const Status& status, const QString& message);

    Database& m_db;
    ClaimTableModel* m_lines;
    QList<ClaimBatch> m_versions;
    QDateEdit* m_month;
    QComboBox* m_version;
    QLabel* m_state;
    QTableView* m_view;
    QLabel* m_totals;
    QPushButton* m_submit;
    QPushButton* m_decision;
    QPushButton* m_payment;
    QPushButton* m_child;
    QPushButton* m_export;
    QLabel* m_message;
    QLabel* m_error;
};
