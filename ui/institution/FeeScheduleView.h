#pragma once

#include "common/Month.h"
#include "common/PolicyParameters.h"

#include <QWidget>

class ChargeItemsView;
class Database;
class PolicyTableModel;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

// The fee schedule (收费标准) of Settings: each fee parameter with the value in force in the chosen month, the history
// of the parameter chosen, a way to change it from a month on, and the items collected on behalf. Read only for a
// user who may not edit the policy.
class FeeScheduleView : public QWidget
{
    Q_OBJECT

public:
    explicit FeeScheduleView(Database& db, QWidget* parent = nullptr);

    Month month() const;
    void setMonth(Month month);
    void reload();

private:
    void showHistory();
    void changeValue();
    // The key of the parameter chosen in the table; empty when none is.
    QString selectedKey() const;

    Database& m_db;
    PolicyParameters m_parameters;
    QDateEdit* m_month;
    PolicyTableModel* m_inForce;
    PolicyTableModel* m_history;
    QTableView* m_table;
    QPushButton* m_change;
    ChargeItemsView* m_items;
    QLabel* m_error;
};
