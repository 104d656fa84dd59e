#include "QualificationsEditor.h"

#include "common/Clock.h"
#include "common/OptionalDateEdit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

QualificationsEditor::QualificationsEditor(QList<QualificationType> types, QWidget* parent)
    : QWidget(parent)
    , m_types(std::move(types))
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    m_table->setObjectName(u"qualificationsTable"_s);
    m_table->setHorizontalHeaderLabels(
        {tr("Certificate"), tr("Level"), tr("Number"), tr("Issuer"), tr("Issued"), tr("Expires")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(IssuerColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(TypeColumn, 200);
    m_table->setColumnWidth(LevelColumn, 100);
    m_table->setColumnWidth(NumberColumn, 110);
    m_table->setColumnWidth(IssuedColumn, 140);
    m_table->setColumnWidth(ExpiresColumn, 140);
    m_table->setMinimumHeight(150);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);

    auto* add = new QPushButton(tr("Add &certificate"), this);
    add->setObjectName(u"addQualificationButton"_s);
    auto* remove = new QPushButton(tr("Remo&ve certificate"), this);
    remove->setObjectName(u"removeQualificationButton"_s);
    connect(add, &QPushButton::clicked, this, [this] { addRow({}); });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
}

void QualificationsEditor::setQualifications(const QList<Qualification>& qualifications)
{
    m_table->setRowCount(0);
    for (const Qualification& q : qualifications)
        addRow(q);
}

void QualificationsEditor::addRow(const Qualification& q)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* type = new QComboBox(m_table);
    for (const QualificationType& t : m_types)
        type->addItem(t.name(), t.code);
    if (const int index = type->findData(q.typeCode); index >= 0)
        type->setCurrentIndex(index);
    m_table->setCellWidget(row, TypeColumn, type);
    m_table->setItem(row, LevelColumn, new QTableWidgetItem(q.level));
    m_table->setItem(row, NumberColumn, new QTableWidgetItem(q.number));
    m_table->setItem(row, IssuerColumn, new QTableWidgetItem(q.issuer));
    const QDate today = Clock::today();
    auto* issued = new OptionalDateEdit({}, u"issuedOnEdit"_s, m_table);
    issued->setDate(q.issuedOn, today);
    m_table->setCellWidget(row, IssuedColumn, issued);
    auto* expires = new OptionalDateEdit({}, u"expiresOnEdit"_s, m_table);
    expires->setDate(q.expiresOn, today.addYears(1));
    m_table->setCellWidget(row, ExpiresColumn, expires);
    m_table->setCurrentCell(row, LevelColumn);
}

QString QualificationsEditor::textAt(int row, int column) const
{
    const QTableWidgetItem* item = m_table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QList<Qualification> QualificationsEditor::qualifications() const
{
    QList<Qualification> list;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        Qualification q;
        q.typeCode = qobject_cast<QComboBox*>(m_table->cellWidget(row, TypeColumn))->currentData().toString();
        q.level = textAt(row, LevelColumn);
        q.number = textAt(row, NumberColumn);
        q.issuer = textAt(row, IssuerColumn);
        q.issuedOn = qobject_cast<OptionalDateEdit*>(m_table->cellWidget(row, IssuedColumn))->date();
        q.expiresOn = qobject_cast<OptionalDateEdit*>(m_table->cellWidget(row, ExpiresColumn))->date();
        list.append(q);
    }
    return list;
}
