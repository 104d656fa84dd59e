#include "AccountForm.h"

#include "access/UserRepository.h"

#include <QFormLayout>
#include <QLineEdit>

using namespace Qt::StringLiterals;

AccountForm::AccountForm(const QString& defaultName, QWidget* parent)
    : QWidget(parent)
    , m_name(new QLineEdit(defaultName, this))
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
{
    m_name->setObjectName(u"userNameEdit"_s);
    m_password->setObjectName(u"passwordEdit"_s);
    m_repeat->setObjectName(u"repeatPasswordEdit"_s);
    for (QLineEdit* edit : {m_password, m_repeat})
        edit->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("At least %1 characters").arg(UserRepository::MinimumPasswordLength));
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&User name:"), m_name);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat password:"), m_repeat);
}

QString AccountForm::userName() const
{
    return m_name->text().trimmed();
}

QString AccountForm::password() const
{
    return m_password->text();
}

Status AccountForm::check() const
{
    if (Status name = UserRepository::checkName(userName()); !name)
        return name;
    if (Status strong = UserRepository::checkNewPassword(password()); !strong)
        return strong;
    if (m_password->text() != m_repeat->text())
        return Status::failure(tr("The two passwords differ; type the same password twice."));
    return {};
}
