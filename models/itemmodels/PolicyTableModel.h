#pragma once

#include "common/PolicyParameters.h"

#include <QAbstractTableModel>

// Dated values of policy parameters, one row per period, in the order Settings lists the parameters: every value of
// every parameter, the values in force in a month, or one parameter's history.
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
    // One row per parameter whose key starts with keyPrefix: the value in force in month.
    void setInForce(const PolicyParameters& parameters, Month month, const QString& keyPrefix);
    // Every value of one parameter.
    void setHistory(const PolicyParameters& parameters, const QString& key);
    const PolicyValue& valueAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // A value written for people in its unit: "¥300.00", "65%", "6 months".
    static QString formatValue(PolicyUnit unit, qint64 value);

private:
    void setRows(const QList<PolicyValue>& rows);

    QList<PolicyValue> m_rows;
};
