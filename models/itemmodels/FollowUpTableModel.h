#pragma once

#include "attendance/FollowUpRepository.h"

#include <QAbstractTableModel>

// The open follow-ups of sick absences (因病缺勤追踪), oldest first.
class FollowUpTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ChildColumn,
        ClassColumn,
        FirstDayColumn,
        DaysAbsentColumn,
        SymptomColumn,
        LastContactColumn,
        ColumnCount
    };

    explicit FollowUpTableModel(QObject* parent = nullptr);
    void setFollowUps(QList<SickFollowUp> followUps);
    const SickFollowUp& followUp(int row) const { return m_followUps.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SickFollowUp> m_followUps;
};
