#include "SessionStart.h"

#include "ChangePasswordDialog.h"
#include "FirstDirectorDialog.h"
#include "LoginDialog.h"
#include "access/UserRepository.h"
#include "common/MessageBox.h"
#include "demo/DemoData.h"
#include "setup/FirstStart.h"
#include "store/Database.h"

bool SessionStart::run(Database& db, QWidget* parent)
{
    UserRepository users(db);
    // A database that has accounts is set up and used only by someone logged in.
    if (users.hasUsers())
        return logIn(db, {}, parent) && ensureInstitution(db, parent) != FirstStartOutcome::Cancelled;

    const FirstStartOutcome outcome = ensureInstitution(db, parent);
    if (outcome == FirstStartOutcome::Cancelled)
        return false;
    QString userName;
    if (outcome == FirstStartOutcome::DemoCreated) {
        MessageBox::information(parent, tr("Demo data"),
            tr("The demo institution is ready. Its director logs in as %1 with the password %2.")
                .arg(DemoData::DemoUser, DemoData::DemoPassword));
        userName = DemoData::DemoUser;
    }
    if (!users.hasUsers()) {
        FirstDirectorDialog dialog(db, parent);
        if (dialog.exec() != QDialog::Accepted)
            return false;
    }
    return db.actor().userId > 0 || logIn(db, userName, parent);
}

bool SessionStart::logIn(Database& db, const QString& userName, QWidget* parent)
{
    LoginDialog login(db, userName, parent);
    if (login.exec() != QDialog::Accepted)
        return false;
    if (const Result<User> user = UserRepository(db).find(db.actor().name); user && user->mustChangePassword) {
        ChangePasswordDialog change(db, ChangePasswordDialog::Reason::Required, parent);
        if (change.exec() != QDialog::Accepted) {
            db.setActor({});
            return false;
        }
    }
    return true;
}
