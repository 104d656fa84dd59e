#pragma once

#include "common/Month.h"

#include <QWidget>

class Database;
class AttendanceMonthView;
class DailySheetView;
class FollowUpsView;
class QTabWidget;

// Attendance and daily health checks: the daily sheet, the month grid with its printed register, and the
// follow-ups of sick absences.
class AttendancePage : public QWidget
{
    Q_OBJECT

public:
    AttendancePage(Database& db, QWidget* parent = nullptr);

    // Asks about unsaved edits before the window closes; false when the user wants to stay.
    bool settleChanges();
    // Opens a tab on a class (0: the one shown) and, for the month grid, a month.
    void showSheet(qint64 classId);
    void showMonth(qint64 classId, Month month);
    void showFollowUps();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showFollowUpCount(int open);

    QTabWidget* m_tabs;
    DailySheetView* m_sheet;
    AttendanceMonthView* m_month;
    FollowUpsView* m_followUps;
};
