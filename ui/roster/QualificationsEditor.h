#pragma once

#include "roster/StaffRepository.h"

#include <QWidget>

class QTableWidget;

// A person's certificates as an editable table ("qualificationsTable"): kind, level, number, issuer, issue and
// expiry date, with buttons to add a row and remove the selected one.
class QualificationsEditor : public QWidget
{
    Q_OBJECT

public:
    QualificationsEditor(QList<QualificationType> types, QWidget* parent = nullptr);

    void setQualifications(const QList<Qualification>& qualifications);
    QList<Qualification> qualifications() const;
    void addRow(const Qualification& qualification);

private:
    enum Column
    {
        TypeColumn,
        LevelColumn,
        NumberColumn,
        IssuerColumn,
        IssuedColumn,
        ExpiresColumn,
        ColumnCount
    };

    QString textAt(int row, int column) const;

    QList<QualificationType> m_types;
    QTableWidget* m_table;
};
