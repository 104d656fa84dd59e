#include "ChangePasswordDialog.h"

#include "access/UserRepository.h"
#include "store/Database.h"

#include <QFormLayout>
#include <QLineEdit>

using namespace Qt::StringLiterals;

ChangePasswordDialog::ChangePasswordDialog(Database& db, Reason reason, QWidget* parent)
    : FormDialog(parent)
    , m_db(db)
    , m_current(new QLineEdit(this))
    , m_new(this)
{
    setObjectName(u"changePasswordDialog"_s);
    setWindowTitle(tr("Change password"));
    m_current->setObjectName(u"currentPasswordEdit"_s);
    m_current->setEchoMode(QLineEdit::Password);
    form()->addRow(tr("&Current password:"), m_current);
    m_new.addTo(form(), tr("&New password:"), tr("&Repeat new password:"));
    if (reason == Reason::Required) {
        setIntro(tr("%1, please choose a new password of your own before you go on. It protects the children's "
                    "personal data.")
                     .arg(db.actor().name));
        offerLogOutInsteadOfCancel();
    }
}

Status ChangePasswordDialog::save()
{
    if (Status fields = m_new.check(); !fields)
        return fields;
    return UserRepository(m_db).changePassword(m_current->text(), m_new.password());
}
