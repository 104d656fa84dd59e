#pragma once

#include "roster/StaffRepository.h"

#include <QAbstractTableModel>
#include <QHash>

// The Staff page's table: everyone ever employed with role, classes, masked phone and ID numbers, a summary of
// certificates and whether each is in post on the day.
class StaffTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        RoleColumn,
        ClassesColumn,
        PhoneColumn,
        IdNumberColumn,
        QualificationsColumn,
        StatusColumn,
        ColumnCount
    };

    explicit StaffTableModel(QObject* parent = nullptr);
    // classNames maps a class id to its name; a class missing from it is shown by its id.
    void setStaff(QList<StaffRecord> staff, QHash<qint64, QString> classNames, QList<QualificationType> types,
                  QDate day);
    const StaffRecord& staff(int row) const { return m_staff.at(row); }
    // The row of the staff member with this id, or -1.
    int rowOf(qint64 staffId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString classesOf(const StaffRecord& s) const;
    QString qualificationsOf(const StaffRecord& s) const;
    QString statusOf(const StaffRecord& s) const;
    QVariant display(const StaffRecord& s, int column) const;

    QList<StaffRecord> m_staff;
    QHash<qint64, QString> m_classNames;
    QList<QualificationType> m_types;
    QDate m_day;
};
