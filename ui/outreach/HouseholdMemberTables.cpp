#include "HouseholdMemberTables.h"

#include "common/Clock.h"
#include "common/IdNumber.h"
#include "common/MobileNumber.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int WholeNumberRole = Qt::UserRole + 1;
constexpr int MaskedRole = Qt::UserRole + 2;
constexpr int IdRole = Qt::UserRole + 3;

enum GuardianColumn
{
    GuardianNameColumn,
    RelationColumn,
    PhoneColumn
};

enum ChildColumn
{
    ChildNameColumn,
    GenderColumn,
    BirthDateColumn,
    IdNumberColumn,
    SpecialNeedsColumn
};

} // namespace

HouseholdRowsEditor::HouseholdRowsEditor(const QString& name, const QStringList& headers, bool wholeNumbers,
                                         QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, int(headers.size()), this))
    , m_wholeNumbers(wholeNumbers)
{
    m_table->setObjectName(name + u"Table"_s);
    m_table->setHorizontalHeaderLabels(headers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    // A household has one or two of each: the dialog must fit a laptop's screen.
    m_table->setMinimumHeight(80);
    m_table->setMaximumHeight(110);
    connect(m_table, &QTableWidget::itemChanged, this, &HouseholdRowsEditor::changed);

    QString capitalised = name;
    capitalised[0] = capitalised[0].toUpper();
    auto* add = new QPushButton(tr("Add"), this);
    add->setObjectName(u"add"_s + capitalised + u"Button"_s);
    auto* remove = new QPushButton(tr("Remove"), this);
    remove->setObjectName(u"remove"_s + capitalised + u"Button"_s);
    connect(add, &QPushButton::clicked, this, [this] {
        addEmptyRow();
        m_table->setCurrentCell(m_table->rowCount() - 1, 0);
        emit changed();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0) {
            m_table->removeRow(m_table->currentRow());
            emit changed();
        }
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
}

void HouseholdRowsEditor::setNumberItem(int row, int column, const QString& number, const QString& masked)
{
    auto* item = new QTableWidgetItem(m_wholeNumbers ? number : masked);
    item->setData(WholeNumberRole, number);
    item->setData(MaskedRole, masked);
    m_table->setItem(row, column, item);
}

QString HouseholdRowsEditor::numberAt(int row, int column) const
{
    const QTableWidgetItem* item = m_table->item(row, column);
    if (!item)
        return {};
    // The masked text left as it was stands for the number kept.
    if (!m_wholeNumbers && !item->text().isEmpty() && item->text() == item->data(MaskedRole).toString())
        return item->data(WholeNumberRole).toString();
    return item->text().trimmed();
}

QString HouseholdRowsEditor::textAt(int row, int column) const
{
    const QTableWidgetItem* item = m_table->item(row, column);
    return item ? item->text() : QString();
}

HouseholdGuardiansEditor::HouseholdGuardiansEditor(bool wholeNumbers, QWidget* parent)
    : HouseholdRowsEditor(u"guardian"_s, {tr("Name"), tr("Relation"), tr("Phone")}, wholeNumbers, parent)
{
}

void HouseholdGuardiansEditor::addRow(const HouseholdGuardian& g)
{
    const QSignalBlocker quiet(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, GuardianNameColumn, new QTableWidgetItem(g.name));
    m_table->setItem(row, RelationColumn, new QTableWidgetItem(g.relation));
    setNumberItem(row, PhoneColumn, g.phone, g.phone.isEmpty() ? QString() : MobileNumber::mask(g.phone));
}

void HouseholdGuardiansEditor::addEmptyRow()
{
    addRow({});
}

void HouseholdGuardiansEditor::setGuardians(const QList<HouseholdGuardian>& guardians)
{
    m_table->setRowCount(0);
    for (const HouseholdGuardian& g : guardians)
        addRow(g);
}

QList<HouseholdGuardian> HouseholdGuardiansEditor::guardians() const
{
    QList<HouseholdGuardian> guardians;
    for (int row = 0; row < m_table->rowCount(); ++row)
        guardians << HouseholdGuardian {textAt(row, GuardianNameColumn), textAt(row, RelationColumn),
                                        numberAt(row, PhoneColumn)};
    return guardians;
}

OutreachChildrenEditor::OutreachChildrenEditor(bool wholeNumbers, QWidget* parent)
    : HouseholdRowsEditor(u"child"_s,
                          {tr("Name"), tr("Gender"), tr("Birth date"), tr("ID number (if known)"), tr("Special needs")},
                          wholeNumbers, parent)
{
}

void OutreachChildrenEditor::addRow(const OutreachChild& c)
{
    const QSignalBlocker quiet(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* name = new QTableWidgetItem(c.name);
    name->setData(IdRole, c.id);
    m_table->setItem(row, ChildNameColumn, name);
    auto* gender = new QComboBox(m_table);
    gender->setObjectName(u"childGenderCombo"_s);
    gender->addItem(tr("Choose…"), int(Gender::Unknown));
    gender->addItem(tr("Boy"), int(Gender::Male));
    gender->addItem(tr("Girl"), int(Gender::Female));
    gender->setCurrentIndex(std::max(0, gender->findData(int(c.gender))));
    connect(gender, &QComboBox::currentIndexChanged, this, &HouseholdRowsEditor::changed);
    m_table->setCellWidget(row, GenderColumn, gender);
    auto* birth = new QDateEdit(c.birthDate.isValid() ? c.birthDate : Clock::today(), m_table);
    birth->setObjectName(u"childBirthDateEdit"_s);
    birth->setDisplayFormat(u"yyyy-MM-dd"_s);
    birth->setCalendarPopup(true);
    connect(birth, &QDateEdit::dateChanged, this, &HouseholdRowsEditor::changed);
    m_table->setCellWidget(row, BirthDateColumn, birth);
    setNumberItem(row, IdNumberColumn, c.idNumber, c.idNumber.isEmpty() ? QString() : IdNumber::mask(c.idNumber));
    m_table->setItem(row, SpecialNeedsColumn, new QTableWidgetItem(c.specialNeeds));
}

void OutreachChildrenEditor::addEmptyRow()
{
    addRow({});
}

void OutreachChildrenEditor::setChildren(const QList<OutreachChild>& children)
{
    m_table->setRowCount(0);
    for (const OutreachChild& c : children)
        addRow(c);
}

QList<OutreachChild> OutreachChildrenEditor::children() const
{
    QList<OutreachChild> children;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        OutreachChild c;
        if (const QTableWidgetItem* name = m_table->item(row, ChildNameColumn)) {
            c.id = name->data(IdRole).toLongLong();
            c.name = name->text();
        }
        c.gender = Gender(qobject_cast<QComboBox*>(m_table->cellWidget(row, GenderColumn))->currentData().toInt());
        c.birthDate = qobject_cast<QDateEdit*>(m_table->cellWidget(row, BirthDateColumn))->date();
        c.idNumber = numberAt(row, IdNumberColumn);
        c.specialNeeds = textAt(row, SpecialNeedsColumn);
        children << c;
    }
    return children;
}
