#pragma once

#include "billing/ChargeItemRepository.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// The items collected on behalf (代收费) one child is billed for, month by month ("childChargesDialog"): choose an
// item for a range of months (accident insurance once a year, bedding every month) or remove it from them. Closed
// months are refused with the reason in the dialog. Read only for a user who may not edit fees.
class ChildChargesDialog : public QDialog
{
    Q_OBJECT

public:
    ChildChargesDialog(Database& db, qint64 childId, const QString& childName, QWidget* parent = nullptr);

private:
    void reload();
    // Runs attach or detach with the item and months of the form; what is wrong shows under the form.
    void change(Status (ChargeItemRepository::*operation)(qint64, qint64, Month, Month));

    Database& m_db;
    qint64 m_childId;
    QTableWidget* m_table;
    QComboBox* m_item;
    QLineEdit* m_from;
    QLineEdit* m_to;
    QPushButton* m_attach;
    QPushButton* m_detach;
    QLabel* m_error;
};
