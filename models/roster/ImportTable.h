#pragma once

#include "common/CsvReader.h"
#include "common/FieldError.h"
#include "common/IdNumber.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <optional>

// A column an import understands: its English key and Chinese header, either of which a file may use.
struct ImportColumn
{
    QString key;
    QString chinese;
    bool required = false;
};

// The cells of an imported CSV table by column key rather than position, so columns may come in any order and
// under their Chinese or English names. Unknown columns become warnings, missing required ones errors.
class ImportTable
{
    Q_DECLARE_TR_FUNCTIONS(ImportTable)

public:
    ImportTable(const CsvTable& table, const QList<ImportColumn>& columns);

    const QList<CsvRow>& rows() const { return m_table.rows; }
    bool has(const QString& key) const { return m_index.contains(key); }
    // The trimmed cell, empty when the column is absent or the row short.
    QString cell(const CsvRow& row, const QString& key) const;
    // The header as written in the file, or the column's Chinese name when the file has no such column.
    QString header(const QString& key) const;

    // Problems with the header row itself.
    const FieldErrors& headerErrors() const { return m_errors; }
    const FieldErrors& headerWarnings() const { return m_warnings; }

    // An error for the cell of `key` in `row`, in the import report's form.
    FieldError error(const CsvRow& row, const QString& key, const QString& message) const;
    // Adds a validator's errors (fields named by column key) for `row`, except for columns already in error.
    void addValidation(const CsvRow& row, const FieldErrors& found, FieldErrors& errors) const;
    // The cell as a date; an empty cell is an invalid date, a wrong one adds an error.
    QDate date(const CsvRow& row, const QString& key, FieldErrors& errors) const;
    // 男/女, male/female, M/F; an unknown text adds an error.
    Gender gender(const CsvRow& row, const QString& key, FieldErrors& errors) const;
    // 是/否, yes/no, Y/N, 1/0; an empty cell is no, an unknown text adds an error.
    bool yesNo(const CsvRow& row, const QString& key, FieldErrors& errors) const;

private:
    CsvTable m_table;
    QList<ImportColumn> m_columns;
    QHash<QString, qsizetype> m_index;
    FieldErrors m_errors;
    FieldErrors m_warnings;
};
