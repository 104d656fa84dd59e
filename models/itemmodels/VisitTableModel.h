#pragma once

#include "outreach/Visit.h"

#include <QAbstractTableModel>
#include <QHash>

// A household's home visits, newest first: the day, the child, who went, what was covered, the measurements, the
// referral and the next visit planned.
class VisitTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        ChildColumn,
        VisitorsColumn,
        TopicsColumn,
        WeightColumn,
        LengthColumn,
        HeadColumn,
        ReferralColumn,
        NextColumn,
        ColumnCount
    };

    explicit VisitTableModel(QObject* parent = nullptr);
    // childNames: each child of the household by id.
    void setVisits(QList<Visit> visits, QHash<qint64, QString> childNames);
    const Visit* visitAt(int row) const;
    QString childName(const Visit& visit) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Visit> m_visits;
    QHash<qint64, QString> m_childNames;
};
