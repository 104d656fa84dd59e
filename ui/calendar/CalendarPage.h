#pragma once

#include "common/CareCalendar.h"

#include <QWidget>

class Database;
class QCalendarWidget;
class QLabel;
class QListWidget;
class QPushButton;

// The care calendar month by month: care days, weekends, public holidays, make-up working days and the
// institution's own closures in their colours, with the month's number of care days that fees and claims count.
// Those who may edit the institution close a care day with a reason, or reopen it.
class CalendarPage : public QWidget
{
    Q_OBJECT

public:
    explicit CalendarPage(Database& db, QWidget* parent = nullptr);

    void reload();

protected:
    void showEvent(QShowEvent* event) override;

private:
    Month shownMonth() const;
    void colourMonth();
    void showMonth();
    void showSelectedDay();
    void markClosed();
    void reopen();
    QString kindText(QDate day) const;

    Database& m_db;
    CareCalendar m_calendar;
    QCalendarWidget* m_view;
    QLabel* m_fallback;
    QLabel* m_count;
    QLabel* m_day;
    QListWidget* m_closures;
    QPushButton* m_close;
    QPushButton* m_reopen;
    QLabel* m_error;
};
