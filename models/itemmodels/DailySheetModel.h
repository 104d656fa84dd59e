#pragma once

#include "attendance/DailySheet.h"

#include <QAbstractTableModel>

// The daily attendance sheet of a class as the user fills it in: each child's row starts from what was saved
// that day (or "not recorded"), edits stay in the model until they are saved together, and a row nobody touched
// is never written, so a gap stays a gap rather than becoming an absence.
class DailySheetModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        CareTypeColumn,
        StatusColumn,
        ArrivalColumn,
        DepartureColumn,
        CheckColumn,
        CheckNoteColumn,
        TemperatureColumn,
        HoursColumn,
        SymptomColumn,
        NoteColumn,
        ColumnCount
    };

    // The morning check (晨检) as the check column edits it.
    enum class Check
    {
        NotDone,
        Normal,
        Abnormal
    };

    explicit DailySheetModel(QObject* parent = nullptr);

    void setSheet(DailySheet sheet);
    const DailySheet& sheet() const { return m_sheet; }
    // Whether the user may change the sheet at all (finance sees it read-only, and nobody changes a closed month).
    void setEditable(bool editable) { m_editable = editable; }
    bool isEditable() const { return m_editable; }

    // Sets a row's status; a sick status takes the symptom, any other clears it.
    bool setStatus(int row, AttendanceStatus status, const QString& symptom = {});
    // Marks present every child with no saved record and no edit yet; returns how many.
    int markUntouchedPresent();
    bool hasChanges() const;
    // The edited rows as records to save.
    QList<AttendanceRecord> changes() const;
    // What stops the edited rows from being saved, one sentence per problem naming the child and the field.
    QStringList problems() const;
    // "Saved 20 records of 2026-11-20: 18 present, 2 sick." for the records just saved.
    static QString savedSummary(const QList<AttendanceRecord>& records, QDate day);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    // Times take a QTime (an invalid or null value clears), the check a Check as int, the temperature and the
    // texts a string, the hours an int (null clears), the status an AttendanceStatus as int.
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

private:
    struct Row
    {
        AttendanceRecord record;
        QString temperatureText;
        bool hasStatus = false; // saved, or set by the user
        bool dirty = false;
    };

    QVariant display(const SheetChild& child, const Row& row, int column) const;
    QVariant editValue(int row, int column) const;
    bool edit(int row, int column, const QVariant& value);
    void rowChanged(int row);

    DailySheet m_sheet;
    QList<Row> m_rows;
    bool m_editable = true;
};
