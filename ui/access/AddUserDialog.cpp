#include "AddUserDialog.h"

#include "AccountForm.h"
#include "access/UserRepository.h"
#include "roster/ClassRepository.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>

using namespace Qt::StringLiterals;

AddUserDialog::AddUserDialog(Database& db, QWidget* parent)
    : FormDialog(parent)
    , m_db(db)
    , m_account(new AccountForm({}, this))
    , m_fullName(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_classes(new QListWidget(this))
{
    setObjectName(u"addUserDialog"_s);
    setWindowTitle(tr("Add a user"));
    setIntro(tr("Each person who works with DaycareDesk has her own account, so the audit trail shows who did what."));
    m_fullName->setObjectName(u"fullNameEdit"_s);
    m_fullName->setPlaceholderText(tr("e.g. 李静"));
    m_role->setObjectName(u"roleCombo"_s);
    for (Role role : Roles::all())
        m_role->addItem(Roles::label(role), int(role));
    m_role->setCurrentIndex(m_role->findData(int(Role::Caregiver)));
    m_classes->setObjectName(u"classesList"_s);
    m_classes->setMaximumHeight(120);
    if (const Result<QList<ClassRecord>> classes = ClassRepository(db).classes(); classes) {
        for (const ClassRecord& c : classes.value()) {
            auto* item = new QListWidgetItem(c.name, m_classes);
            item->setData(Qt::UserRole, c.id);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    }
    QFormLayout* fields = m_account->formLayout();
    fields->addRow(tr("&Full name:"), m_fullName);
    fields->addRow(tr("R&ole:"), m_role);
    fields->addRow(tr("&Classes:"), m_classes);
    form()->addRow(m_account);
    connect(m_role, &QComboBox::currentIndexChanged, this, &AddUserDialog::showClassesForRole);
    showClassesForRole();
}

QString AddUserDialog::userName() const
{
    return m_account->userName();
}

void AddUserDialog::showClassesForRole()
{
    m_account->formLayout()->setRowVisible(m_classes, Role(m_role->currentData().toInt()) == Role::Caregiver);
}

QList<qint64> AddUserDialog::checkedClasses() const
{
    QList<qint64> ids;
    if (Role(m_role->currentData().toInt()) != Role::Caregiver)
        return ids;
    for (int row = 0; row < m_classes->count(); ++row)
        if (m_classes->item(row)->checkState() == Qt::Checked)
            ids << m_classes->item(row)->data(Qt::UserRole).toLongLong();
    return ids;
}

Status AddUserDialog::save()
{
    if (Status fields = m_account->check(); !fields)
        return fields;
    const Result<qint64> added = UserRepository(m_db).add(m_account->userName(), Role(m_role->currentData().toInt()),
        m_account->password(), m_fullName->text().simplified(), checkedClasses());
    return added ? Status() : Status::failure(added.error());
}
