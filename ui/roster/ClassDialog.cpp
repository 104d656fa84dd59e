#include "ClassDialog.h"

#include "common/Clock.h"
#include "roster/ClassRepository.h"
#include "roster/StaffOverview.h"
#include "roster/StaffRepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalBlocker>
#include <QSpinBox>
#include <algorithm>

using namespace Qt::StringLiterals;

ClassDialog::ClassDialog(Database& db, const ClassRecord& record, Saver saver, QWidget* parent)
    : FormDialog(parent)
    , m_record(record)
    , m_saver(std::move(saver))
    , m_name(new QLineEdit(record.name, this))
    , m_type(new QComboBox(this))
    , m_capacity(new QSpinBox(this))
    , m_capacityHint(new QLabel(this))
    , m_room(new QLineEdit(record.room, this))
    , m_caregivers(new QListWidget(this))
    , m_capacityChosen(record.id != 0)
{
    setObjectName(u"classDialog"_s);
    setWindowTitle(record.id == 0 ? tr("Add a class") : tr("Edit class %1").arg(record.name));
    setIntro(tr("A class gets its size limit and caregiver ratio from its type (托育机构设置标准). The Classes page "
                "warns when a class is over its capacity, short of caregivers or has children outside its ages."));
    m_name->setObjectName(u"classNameEdit"_s);
    m_name->setPlaceholderText(tr("e.g. 向日葵班"));
    m_type->setObjectName(u"classTypeCombo"_s);
    for (ClassType t : RosterTypes::classTypes())
        m_type->addItem(u"%1 · %2"_s.arg(RosterTypes::chineseName(t), RosterTypes::label(t)), int(t));
    m_type->setCurrentIndex(m_type->findData(int(record.type)));
    m_capacity->setObjectName(u"capacitySpin"_s);
    m_capacity->setRange(1, 999);
    m_capacity->setValue(record.id != 0 ? record.capacity : RosterTypes::standard(record.type).maxChildren);
    m_capacityHint->setObjectName(u"capacityHint"_s);
    m_room->setObjectName(u"roomEdit"_s);
    m_room->setPlaceholderText(tr("e.g. 101"));
    m_caregivers->setObjectName(u"caregiversList"_s);
    m_caregivers->setMaximumHeight(140);
    fillCaregivers(db);

    auto* capacityRow = new QHBoxLayout;
    capacityRow->addWidget(m_capacity);
    capacityRow->addWidget(m_capacityHint, 1);
    form()->addRow(tr("&Name:"), m_name);
    form()->addRow(tr("&Type:"), m_type);
    auto* capacityLabel = new QLabel(tr("&Capacity:"), this);
    capacityLabel->setBuddy(m_capacity);
    form()->addRow(capacityLabel, capacityRow);
    form()->addRow(tr("&Room:"), m_room);
    form()->addRow(tr("Care&givers:"), m_caregivers);
    connect(m_type, &QComboBox::currentIndexChanged, this, &ClassDialog::typeChanged);
    connect(m_capacity, &QSpinBox::valueChanged, this, [this] { m_capacityChosen = true; });
    typeChanged();
}

ClassType ClassDialog::type() const
{
    return ClassType(m_type->currentData().toInt());
}

// Caregivers in post, and whoever is assigned already (so saving never drops an assignment unseen), the assigned
// first; each with the classes she works in now.
void ClassDialog::fillCaregivers(Database& db)
{
    const QDate today = Clock::today();
    QHash<qint64, QString> classNames;
    for (const ClassRecord& c : ClassRepository(db).classes().value_or({}))
        classNames.insert(c.id, c.name);
    QList<StaffRecord> offered;
    for (const StaffRecord& s : StaffRepository(db).staff().value_or({}))
        if (m_record.staffIds.contains(s.id) || (s.role == StaffRole::Caregiver && StaffOverview::inPost(s, today)))
            offered.append(s);
    std::stable_partition(offered.begin(), offered.end(),
                          [this](const StaffRecord& s) { return m_record.staffIds.contains(s.id); });
    for (const StaffRecord& s : offered) {
        QStringList notes;
        if (s.role != StaffRole::Caregiver)
            notes << RosterTypes::label(s.role);
        else if (!StaffOverview::inPost(s, today))
            notes << tr("not in post");
        for (qint64 id : s.classIds)
            notes << classNames.value(id);
        auto* item = new QListWidgetItem(notes.isEmpty() ? s.name : tr("%1 (%2)").arg(s.name, notes.join(u", "_s)),
                                         m_caregivers);
        item->setData(Qt::UserRole, s.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(m_record.staffIds.contains(s.id) ? Qt::Checked : Qt::Unchecked);
    }
}

void ClassDialog::typeChanged()
{
    const int maximum = RosterTypes::standard(type()).maxChildren;
    m_capacityHint->setText(tr("National maximum for this type: %1").arg(maximum));
    if (!m_capacityChosen) {
        const QSignalBlocker quiet(m_capacity);
        m_capacity->setValue(maximum);
    }
}

Status ClassDialog::save()
{
    ClassRecord record = m_record;
    record.name = m_name->text();
    record.type = type();
    record.capacity = m_capacity->value();
    record.room = m_room->text();
    record.staffIds.clear();
    for (int row = 0; row < m_caregivers->count(); ++row)
        if (m_caregivers->item(row)->checkState() == Qt::Checked)
            record.staffIds << m_caregivers->item(row)->data(Qt::UserRole).toLongLong();
    return m_saver(record);
}
