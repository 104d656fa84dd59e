#pragma once

#include "billing/ChargeItemRepository.h"
#include "common/FormDialog.h"

class Database;
class QLineEdit;

// Adds an item collected on behalf (代收费) with its first price, or gives an item a new price from a month
// ("chargeItemDialog"). The month defaults to the one after the last closed month; a price that would reach a
// closed month is refused and the reason stays in the dialog.
class ChargeItemDialog : public FormDialog
{
    Q_OBJECT

public:
    // An item with id 0 is a new one.
    ChargeItemDialog(Database& db, const ChargeItem& item, QWidget* parent = nullptr);

protected:
    Status save() override;

private:
    Database& m_db;
    ChargeItem m_item;
    QLineEdit* m_name;
    QLineEdit* m_amount;
    QLineEdit* m_from;
};
