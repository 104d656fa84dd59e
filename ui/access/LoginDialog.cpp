#include "LoginDialog.h"

#include "access/UserRepository.h"
#include "common/Settings.h"
#include "institution/InstitutionRepository.h"
#include "store/Database.h"

#include <QFileInfo>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

LoginDialog::LoginDialog(Database& db, const QString& userName, QWidget* parent)
    : FormDialog(parent)
    , m_db(db)
    , m_name(new QLineEdit(userName.isEmpty() ? Settings::lastUserName() : userName, this))
    , m_password(new QLineEdit(this))
{
    setObjectName(u"loginDialog"_s);
    setWindowTitle(tr("Log in to DaycareDesk"));
    const auto institution = InstitutionRepository(db).load();
    const QString where
        = institution && institution.value() ? institution.value()->name : QFileInfo(db.path()).fileName();
    setIntro(tr("<b>%1</b><br>Log in with your user name and password.").arg(where.toHtmlEscaped()));
    m_name->setObjectName(u"userNameEdit"_s);
    m_password->setObjectName(u"passwordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    form()->addRow(tr("&User name:"), m_name);
    form()->addRow(tr("&Password:"), m_password);
    okButton()->setText(tr("&Log in"));
    (m_name->text().isEmpty() ? m_name : m_password)->setFocus();
}

Status LoginDialog::save()
{
    const Result<Actor> actor = UserRepository(m_db).authenticate(m_name->text().trimmed(), m_password->text());
    m_password->clear();
    if (!actor) {
        m_password->setFocus();
        return Status::failure(actor.error());
    }
    m_db.setActor(actor.value());
    Settings::setLastUserName(actor->name);
    return {};
}
