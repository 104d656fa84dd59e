#pragma once

#include "attendance/AttendanceMonth.h"
#include "attendance/AttendanceRecord.h"
#include "common/Month.h"
#include "common/Result.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QDate>

class Database;

// One class's month as the register lays it out: a row per child placed in the class on some care day of the
// month while enrolled (by name), a column per care day, then the child's totals. A day cell shows the recorded
// status's mark, nothing for a gap (highlighted: to fill, not an absence), and is greyed where the child was not
// expected in this class that day. An edit is saved at once and the month read again, so every total stays the
// one AttendanceMonth computes.
class AttendanceGridModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The columns after the care days.
    enum TotalColumn
    {
        ExpectedTotal,
        PresentTotal,
        SickTotal,
        PersonalTotal,
        OtherTotal,
        NotRecordedTotal,
        TotalColumnCount
    };

    explicit AttendanceGridModel(Database& db, QObject* parent = nullptr);

    // Reads the class's month; on failure the grid is empty and the message is returned.
    Status load(qint64 classId, Month month);
    qint64 classId() const { return m_classId; }
    Month month() const { return m_month; }

    int careDayCount() const { return int(m_careDays.size()); }
    bool isDayColumn(int column) const { return column >= 0 && column < careDayCount(); }
    // The care day of a day column; invalid for a total column.
    QDate dayOf(int column) const { return isDayColumn(column) ? m_careDays.at(column) : QDate(); }
    // What the day cell at the index holds; NotExpected outside the day columns.
    AttendanceCell cell(const QModelIndex& index) const;
    const ChildAttendance& child(int row) const { return m_rows.at(row); }
    // The class's month: expected, present, … and the 出勤率 as rate().
    const AttendanceCounts& totals() const { return m_totals; }
    // The class's figure for a total column.
    int classTotal(int total) const;

    // The backgrounds of a past gap and of a day not expected, for legends.
    static QColor gapBackground();
    static QColor notExpectedBackground();

    // Records a child's day; a sick day needs the symptom. Refused for a day the child was not expected in the class.
    // The day's other details (times, morning check) are kept.
    Status record(const QModelIndex& index, AttendanceStatus status, const QString& symptom = {});

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    // ItemRoles::Raw on a day cell: the status key, "gap", or nothing where the child was not expected.
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    // ItemRoles::Raw on a day column: its QDate.
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Takes a status key (present, personal, other); sick needs record() with the symptom.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    // After every load, the totals included.
    void loaded();

private:
    QVariant dayData(const ChildAttendance& c, int column, int role) const;
    QVariant totalData(const ChildAttendance& c, int total, int role) const;
    QVariant dayHeader(QDate day, int role) const;
    QVariant totalHeader(int total, int role) const;

    Database& m_db;
    qint64 m_classId = 0;
    Month m_month;
    QList<QDate> m_careDays;
    QList<ChildAttendance> m_rows;
    AttendanceCounts m_totals;
};
