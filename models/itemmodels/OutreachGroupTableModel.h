#pragma once

#include "outreach/OutreachSummary.h"

#include <QAbstractTableModel>
#include <QHash>

// A month's summary by member or by village: each group's households, children (and by age band), visits,
// referrals and left-behind children seen, a total row at the foot.
class OutreachGroupTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        KeyColumn,
        HouseholdsColumn,
        ChildrenColumn,
        FirstAgeColumn, // then one column per age band under three
        VisitsColumn = FirstAgeColumn + AgeBands::Count - 1,
        ReferralsColumn,
        LeftBehindColumn,
        ColumnCount
    };

    // keyTitle: what the first column names, "Member" or "Village".
    explicit OutreachGroupTableModel(QString keyTitle, QObject* parent = nullptr);
    // names: how to show a key (a member's full name for her user name); a key without one shows as it is.
    void setGroups(QList<OutreachGroup> groups, OutreachCounts total, QHash<QString, QString> names = {});

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "0–12 months", … for the bands a team's children fall in.
    static QString ageBandTitle(int band);

private:
    static int count(const OutreachCounts& counts, int column);

    QString m_keyTitle;
    QList<OutreachGroup> m_groups;
    OutreachCounts m_total;
    QHash<QString, QString> m_names;
};
