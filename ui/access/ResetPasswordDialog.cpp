#include "ResetPasswordDialog.h"

#include "access/UserRepository.h"

#include <QFormLayout>

using namespace Qt::StringLiterals;

ResetPasswordDialog::ResetPasswordDialog(Database& db, const QString& userName, QWidget* parent)
    : FormDialog(parent)
    , m_db(db)
    , m_userName(userName)
    , m_new(this)
{
    setObjectName(u"resetPasswordDialog"_s);
    setWindowTitle(tr("Reset password"));
    setIntro(tr("A new password for <b>%1</b>. Tell it to her in person; she must choose her own at the next login.")
                 .arg(userName.toHtmlEscaped()));
    m_new.addTo(form(), tr("&New password:"), tr("&Repeat new password:"));
}

Status ResetPasswordDialog::save()
{
    if (Status fields = m_new.check(); !fields)
        return fields;
    return UserRepository(m_db).resetPassword(m_userName, m_new.password());
}
