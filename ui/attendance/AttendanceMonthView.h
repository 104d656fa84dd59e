#pragma once

#include "attendance/AttendanceRecord.h"
#include "common/Month.h"

#include <QWidget>

class AttendanceGridModel;
class Database;
class QComboBox;
class QDateEdit;
class QLabel;
class QPagedPaintDevice;
class QTableView;

// A class's month of attendance as a grid, one row per child and one column per care day: who was there, who was
// away and why, and which days are still to fill in. The user fills or corrects a day from the keyboard (1 or P
// present, 2 or S sick, 3 or L personal leave, 4 or O other) or the cell's menu; a sick day asks for the symptom.
// The month prints as the register 儿童出勤登记表 or saves as a PDF of it.
class AttendanceMonthView : public QWidget
{
    Q_OBJECT

public:
    explicit AttendanceMonthView(Database& db, QWidget* parent = nullptr);

    void reload();
    Month month() const;
    // Shows this month; the class stays.
    void setMonth(Month month);
    // Shows this class when the user keeps its attendance.
    void showClass(qint64 classId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void loadClasses();
    void showTotals();
    void recordCurrent(AttendanceStatus status);
    void showCellMenu(const QPoint& position);
    void printRegister();
    void saveRegister();
    int printOn(QPagedPaintDevice& device) const;
    QString registerTitle() const;

    Database& m_db;
    AttendanceGridModel* m_model;
    QComboBox* m_classes;
    QDateEdit* m_month;
    QTableView* m_view;
    QLabel* m_totals;
    QLabel* m_message;
    QLabel* m_error;
};
