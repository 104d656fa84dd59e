#pragma once

#include "common/Month.h"

#include <QWidget>

class ChargeItemTableModel;
class Database;
class QLabel;
class QPushButton;
class QTableView;

// The items collected on behalf (代收费) with their prices in force in a month: add one, give one a new price from a
// month, stop offering one. Read only for a user who may not edit the policy.
class ChargeItemsView : public QWidget
{
    Q_OBJECT

public:
    explicit ChargeItemsView(Database& db, QWidget* parent = nullptr);

    void setMonth(Month month);
    void reload();

private:
    void add();
    void changePrice();
    void deactivate();
    void updateButtons();
    // The row chosen in the table; -1 when none is.
    int selectedRow() const;

    Database& m_db;
    Month m_month;
    ChargeItemTableModel* m_model;
    QTableView* m_table;
    QPushButton* m_add;
    QPushButton* m_changePrice;
    QPushButton* m_deactivate;
    QLabel* m_error;
};
