#include "NewPasswordFields.h"

#include "access/UserRepository.h"

#include <QFormLayout>
#include <QLineEdit>

using namespace Qt::StringLiterals;

NewPasswordFields::NewPasswordFields(QWidget* parent)
    : m_password(new QLineEdit(parent))
    , m_repeat(new QLineEdit(parent))
{
    m_password->setObjectName(u"passwordEdit"_s);
    m_repeat->setObjectName(u"repeatPasswordEdit"_s);
    for (QLineEdit* edit : {m_password, m_repeat})
        edit->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("At least %1 characters").arg(UserRepository::MinimumPasswordLength));
}

void NewPasswordFields::addTo(QFormLayout* form, const QString& label, const QString& repeatLabel)
{
    form->addRow(label, m_password);
    form->addRow(repeatLabel, m_repeat);
}

QString NewPasswordFields::password() const
{
    return m_password->text();
}

Status NewPasswordFields::check() const
{
    if (Status strong = UserRepository::checkNewPassword(password()); !strong)
        return strong;
    if (m_password->text() != m_repeat->text())
        return Status::failure(tr("The two passwords differ; type the same password twice."));
    return {};
}
