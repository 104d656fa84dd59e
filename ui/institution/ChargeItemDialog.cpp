#include "ChargeItemDialog.h"

#include "store/ClosedMonths.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

ChargeItemDialog::ChargeItemDialog(Database& db, const ChargeItem& item, QWidget* parent)
    : FormDialog(parent)
    , m_db(db)
    , m_item(item)
    , m_name(new QLineEdit(item.name, this))
    , m_amount(new QLineEdit(this))
    , m_from(new QLineEdit(this))
{
    setObjectName(u"chargeItemDialog"_s);
    const bool isNew = item.id == 0;
    setWindowTitle(isNew ? tr("Add an item collected on behalf") : tr("Change the price of %1").arg(item.name));
    setIntro(tr("Items collected on behalf (代收费) such as accident insurance or bedding are passed on at cost. A "
                "price applies from its month until the next price; closed months keep theirs."));
    m_name->setObjectName(u"chargeNameEdit"_s);
    m_name->setPlaceholderText(tr("e.g. 意外保险"));
    if (isNew)
        form()->addRow(tr("&Name:"), m_name);
    else
        m_name->hide();
    m_amount->setObjectName(u"chargeAmountEdit"_s);
    if (!item.prices.isEmpty())
        m_amount->setText(item.prices.last().amount.toPlainString());
    form()->addRow(tr("&Amount (yuan):"), m_amount);
    m_from->setObjectName(u"chargeFromEdit"_s);
    m_from->setPlaceholderText(tr("YYYY-MM"));
    m_from->setText(ClosedMonths::suggestedStart(db).toString());
    form()->addRow(tr("Applies &from:"), m_from);
}

Status ChargeItemDialog::save()
{
    const Result<Money> amount = Money::parse(m_amount->text());
    if (!amount)
        return Status::failure(tr("Amount: %1").arg(amount.error()));
    const Result<Month> from = Month::parse(m_from->text());
    if (!from)
        return Status::failure(tr("Applies from: %1").arg(from.error()));
    ChargeItemRepository items(m_db);
    if (m_item.id != 0)
        return items.changePrice(m_item.id, amount.value(), from.value());
    const Result<qint64> added = items.add(m_name->text(), amount.value(), from.value());
    return added ? Status() : Status::failure(added.error());
}
