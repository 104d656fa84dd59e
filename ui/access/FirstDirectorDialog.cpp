#include "FirstDirectorDialog.h"

#include "AccountForm.h"
#include "access/UserRepository.h"
#include "store/Database.h"

#include <QFormLayout>

using namespace Qt::StringLiterals;

FirstDirectorDialog::FirstDirectorDialog(Database& db, QWidget* parent)
    : FormDialog(parent)
    , m_db(db)
    , m_account(new AccountForm(u"admin"_s, this))
{
    setObjectName(u"firstDirectorDialog"_s);
    setWindowTitle(tr("The director's account"));
    setIntro(tr("This database has no user accounts yet. From now on everyone logs in, and the director adds the "
                "accounts of the finance clerk and the caregivers. Create the director's account first."));
    form()->addRow(m_account);
}

Status FirstDirectorDialog::save()
{
    if (Status fields = m_account->check(); !fields)
        return fields;
    UserRepository users(m_db);
    if (const Result<qint64> created = users.createFirstDirector(m_account->userName(), m_account->password(), false);
        !created)
        return Status::failure(created.error());
    const Result<Actor> director = users.authenticate(m_account->userName(), m_account->password());
    if (!director)
        return Status::failure(director.error());
    m_db.setActor(director.value());
    return {};
}
