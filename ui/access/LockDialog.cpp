#include "LockDialog.h"

#include "access/UserRepository.h"
#include "store/Database.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

LockDialog::LockDialog(Database& db, QWidget* parent)
    : FormDialog(parent, QDialogButtonBox::Ok)
    , m_db(db)
    , m_password(new QLineEdit(this))
{
    setObjectName(u"lockDialog"_s);
    setWindowTitle(tr("DaycareDesk is locked"));
    setIntro(tr("DaycareDesk is locked to protect the children's personal data. Enter the password of <b>%1</b> to "
                "go on working.")
                 .arg(db.actor().name.toHtmlEscaped()));
    m_password->setObjectName(u"passwordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    form()->addRow(tr("&Password:"), m_password);
    okButton()->setText(tr("&Unlock"));
    offerLogOutInsteadOfCancel();
    m_password->setFocus();
}

Status LockDialog::save()
{
    const QString name = m_db.actor().name;
    const Result<Actor> actor = UserRepository(m_db).authenticate(name, m_password->text());
    m_password->clear();
    if (!actor)
        return Status::failure(actor.error());
    m_db.setActor(actor.value());
    return {};
}
