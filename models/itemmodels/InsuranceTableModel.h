#pragma once

#include "subsidy/InsuranceRoll.h"

#include <QAbstractTableModel>

// The insured list of a period: one row per policy, then one per child in care left without cover, so a gap shows
// in the same list as the cover.
// ID numbers are masked on screen whatever the role, like the children list; the exports carry them whole.
class InsuranceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ChildColumn,
        IdNumberColumn,
        PolicyColumn,
        FromColumn,
        ToColumn,
        PremiumColumn,
        PayerColumn,
        ColumnCount
    };

    explicit InsuranceTableModel(QObject* parent = nullptr);
    void setCover(InsuranceCover cover);
    const InsuranceCover& cover() const { return m_cover; }
    // The policy of a row, or nothing for a child without cover.
    const InsuredLine* insured(int row) const;
    // The row of a policy, or -1.
    int rowOfPolicy(qint64 policyId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant uninsuredData(const UninsuredChild& child, int column) const;

    InsuranceCover m_cover;
};
