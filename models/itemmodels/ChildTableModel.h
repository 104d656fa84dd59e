#pragma once

#include "roster/ChildListing.h"

#include <QAbstractTableModel>
#include <QSet>

// The Children page's table. ID and phone numbers are masked (140402********1234, 138****5678) except in rows
// the user was allowed to reveal.
class ChildTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        GenderColumn,
        BirthDateColumn,
        AgeColumn,
        IdNumberColumn,
        ClassColumn,
        CareTypeColumn,
        GuardianColumn,
        PhoneColumn,
        StatusColumn,
        ColumnCount
    };

    using Standing = ChildStanding;

    explicit ChildTableModel(QObject* parent = nullptr);
    Standing standing(int row) const;
    QDate day() const { return m_today; }
    void setEntries(QList<ChildListEntry> entries, QDate today);
    const ChildListEntry& entry(int row) const { return m_entries.at(row); }
    // Shows the row's numbers whole; call only after ChildListing::reveal succeeded.
    void setRevealed(int row);
    bool isRevealed(int row) const { return m_revealed.contains(m_entries.at(row).id); }
    // Whether the user may see (and so search) whole ID and phone numbers.
    void setWholeNumbersVisible(bool visible) { m_wholeNumbersVisible = visible; }
    bool wholeNumbersVisible() const { return m_wholeNumbersVisible; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString statusText(const ChildListEntry& e) const;

    QList<ChildListEntry> m_entries;
    QSet<qint64> m_revealed;
    QDate m_today;
    bool m_wholeNumbersVisible = false;
};
