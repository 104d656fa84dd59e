#pragma once

#include "common/PolicyParameters.h"

#include <QAbstractTableModel>

// Every dated value of every policy parameter, one row per period, in the order Settings lists the parameters.
class PolicyTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Parameter,
        Value,
        ValidFrom,
        ValidTo,
        Basis,
        ColumnCount
    };

    explicit PolicyTableModel(QObject* parent = nullptr);
    void setParameters(const PolicyParameters& parameters);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A value written for people in its unit: "¥300.00", "65%", "6 months".
    static QString formatValue(PolicyUnit unit, qint64 value);

private:
    QList<PolicyValue> m_rows;
    QList<PolicyUnit> m_units;
};
