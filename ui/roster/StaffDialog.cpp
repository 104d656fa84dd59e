#include "StaffDialog.h"

#include "QualificationsEditor.h"
#include "common/Clock.h"
#include "common/OptionalDateEdit.h"
#include "roster/ClassRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <algorithm>

using namespace Qt::StringLiterals;

StaffDialog::StaffDialog(Database& db, const StaffRecord& record, Saver saver, QWidget* parent)
    : FormDialog(parent)
    , m_record(record)
    , m_saver(std::move(saver))
    , m_types(StaffRepository(db).qualificationTypes().value_or({}))
    , m_name(new QLineEdit(record.name, this))
    , m_gender(new QComboBox(this))
    , m_role(new QComboBox(this))
    , m_fullTime(new QCheckBox(tr("&Full time"), this))
    , m_phone(new QLineEdit(record.phone, this))
    , m_idNumber(new QLineEdit(record.idNumber, this))
    , m_hiredOn(new QDateEdit(record.hiredOn.isValid() ? record.hiredOn : Clock::today(), this))
    , m_leftOn(new OptionalDateEdit(tr("Has left; last day:"), u"leftOnEdit"_s, this))
    , m_classes(new QListWidget(this))
    , m_qualifications(new QualificationsEditor(m_types, this))
{
    setObjectName(u"staffDialog"_s);
    setWindowTitle(record.id == 0 ? tr("Add a staff member") : tr("Edit %1").arg(record.name));
    setMinimumWidth(900);
    // Line edits and lists take the width; combo boxes and dates keep theirs.
    form()->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_name->setObjectName(u"staffNameEdit"_s);
    m_gender->setObjectName(u"genderCombo"_s);
    m_gender->addItem(tr("Female"), int(Gender::Female));
    m_gender->addItem(tr("Male"), int(Gender::Male));
    m_gender->setCurrentIndex(m_gender->findData(int(record.gender)));
    m_role->setObjectName(u"roleCombo"_s);
    for (StaffRole role : RosterTypes::staffRoles())
        m_role->addItem(RosterTypes::label(role), int(role));
    m_role->setCurrentIndex(m_role->findData(int(record.role)));
    m_fullTime->setObjectName(u"fullTimeCheck"_s);
    m_fullTime->setChecked(record.fullTime);
    m_phone->setObjectName(u"phoneEdit"_s);
    m_phone->setPlaceholderText(tr("11-digit mobile number"));
    m_idNumber->setObjectName(u"idNumberEdit"_s);
    m_idNumber->setPlaceholderText(tr("18 characters (公民身份号码)"));
    m_hiredOn->setObjectName(u"hiredOnEdit"_s);
    m_hiredOn->setCalendarPopup(true);
    m_hiredOn->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_leftOn->setDate(record.leftOn, Clock::today());
    m_classes->setObjectName(u"classesList"_s);
    m_classes->setMaximumHeight(90);
    fillClasses(db);
    m_qualifications->setQualifications(record.qualifications);

    addField(u"name"_s, tr("&Name:"), m_name);
    addField(u"gender"_s, tr("&Gender:"), m_gender);
    addField(u"role"_s, tr("&Role:"), m_role);
    form()->addRow(QString(), m_fullTime);
    addField(u"phone"_s, tr("&Phone:"), m_phone);
    addField(u"id_number"_s, tr("&ID number:"), m_idNumber);
    addField(u"hired_on"_s, tr("&Hired on:"), m_hiredOn);
    addField(u"left_on"_s, tr("&Left:"), m_leftOn);
    form()->addRow(tr("Cl&asses:"), m_classes);
    addField(u"qualification"_s, tr("Certificates:"), m_qualifications);
}

void StaffDialog::addField(const QString& key, const QString& label, QWidget* widget)
{
    form()->addRow(label, widget);
    m_fields.insert(key, {widget, QString(label).remove(u'&').remove(u':')});
}

void StaffDialog::fillClasses(Database& db)
{
    const Result<QList<ClassRecord>> classes = ClassRepository(db).classes();
    for (const ClassRecord& c : classes.value_or({})) {
        auto* item = new QListWidgetItem(c.name, m_classes);
        item->setData(Qt::UserRole, c.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(m_record.classIds.contains(c.id) ? Qt::Checked : Qt::Unchecked);
    }
}

StaffRecord StaffDialog::collect() const
{
    StaffRecord s = m_record;
    s.name = m_name->text();
    s.gender = Gender(m_gender->currentData().toInt());
    s.role = StaffRole(m_role->currentData().toInt());
    s.fullTime = m_fullTime->isChecked();
    s.phone = m_phone->text();
    s.idNumber = m_idNumber->text();
    s.hiredOn = m_hiredOn->date();
    s.leftOn = m_leftOn->date();
    s.classIds.clear();
    for (int row = 0; row < m_classes->count(); ++row)
        if (m_classes->item(row)->checkState() == Qt::Checked)
            s.classIds << m_classes->item(row)->data(Qt::UserRole).toLongLong();
    s.qualifications = m_qualifications->qualifications();
    return s;
}

QString StaffDialog::markFields(const FieldErrors& errors)
{
    for (const Field& field : std::as_const(m_fields)) {
        if (auto* label = qobject_cast<QLabel*>(form()->labelForField(field.widget)))
            label->setStyleSheet(QString());
        field.widget->setToolTip(QString());
    }
    // In the order of the form, so the first line and the focus are on the topmost wrong field.
    auto rowOf = [this](const FieldError& e) {
        int row = form()->rowCount();
        if (QWidget* widget = m_fields.value(e.field).widget)
            form()->getWidgetPosition(widget, &row, nullptr);
        return row;
    };
    FieldErrors ordered = errors;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [&](const FieldError& a, const FieldError& b) { return rowOf(a) < rowOf(b); });
    QStringList lines;
    for (const FieldError& e : ordered) {
        const Field field = m_fields.value(e.field, {nullptr, e.field});
        lines << tr("%1: %2").arg(field.label, e.message);
        if (!field.widget)
            continue;
        // The label turns red and bold, and the message is on the field itself, for those who cannot tell red.
        if (auto* label = qobject_cast<QLabel*>(form()->labelForField(field.widget)))
            label->setStyleSheet(u"color: #b00020; font-weight: bold;"_s);
        field.widget->setToolTip(e.message);
    }
    if (!ordered.isEmpty())
        if (QWidget* first = m_fields.value(ordered.first().field).widget)
            first->setFocus();
    return lines.join(u'\n');
}

Status StaffDialog::save()
{
    StaffRecord record = collect();
    const FieldErrors errors = StaffRepository::validate(record, Clock::today(), m_types);
    const QString problems = markFields(errors);
    if (!errors.isEmpty())
        return Status::failure(problems);
    return m_saver(record);
}
