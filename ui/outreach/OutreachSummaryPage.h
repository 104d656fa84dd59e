#pragma once

#include "common/Month.h"

#include <QWidget>

class Database;
class OutreachGroupTableModel;
class QDateEdit;
class QLabel;

// 月度汇总: what the team did in a month (households and children covered, children by age band, visits, referrals,
// left-behind children), by member and by village, and the month sent to the county as a signed file.
class OutreachSummaryPage : public QWidget
{
    Q_OBJECT

public:
    explicit OutreachSummaryPage(Database& db, QWidget* parent = nullptr);
    void reload();

protected:
    void showEvent(QShowEvent* event) override;

private:
    Month month() const;
    void exportMonth();

    Database& m_db;
    QDateEdit* m_month;
    QLabel* m_totals;
    OutreachGroupTableModel* m_byMember;
    OutreachGroupTableModel* m_byVillage;
    QLabel* m_error;
    QLabel* m_message;
};
