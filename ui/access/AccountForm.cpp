#include "AccountForm.h"

#include "access/UserRepository.h"

#include <QFormLayout>
#include <QLineEdit>

using namespace Qt::StringLiterals;

AccountForm::AccountForm(const QString& defaultName, QWidget* parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
    , m_name(new QLineEdit(defaultName, this))
    , m_passwords(this)
{
    m_name->setObjectName(u"userNameEdit"_s);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->addRow(tr("&User name:"), m_name);
    m_passwords.addTo(m_form, tr("&Password:"), tr("&Repeat password:"));
}

QString AccountForm::userName() const
{
    return m_name->text().trimmed();
}

QString AccountForm::password() const
{
    return m_passwords.password();
}

Status AccountForm::check() const
{
    if (Status name = UserRepository::checkName(userName()); !name)
        return name;
    return m_passwords.check();
}
