#pragma once

#include "roster/ClassOverview.h"

#include <QAbstractTableModel>

// The Classes page's table: each class on a day with its children against its capacity, its caregivers against
// what the ratio requires, and how many warnings it has (the sentences are in the tooltip and Warnings role).
class ClassTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        TypeColumn,
        RoomColumn,
        ChildrenColumn,
        CaregiversColumn,
        CaregiverNamesColumn,
        WarningsColumn,
        ColumnCount
    };

    explicit ClassTableModel(QObject* parent = nullptr);
    void setClasses(QList<ClassStatus> classes);
    const ClassStatus& status(int row) const { return m_classes.at(row); }
    const QList<ClassStatus>& classes() const { return m_classes; }
    // The row of the class with this id, or -1.
    int rowOf(qint64 classId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const ClassStatus& s, int column) const;
    QVariant raw(const ClassStatus& s, int column) const;

    QList<ClassStatus> m_classes;
};
