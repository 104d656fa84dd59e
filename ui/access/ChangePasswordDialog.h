#pragma once

#include "NewPasswordFields.h"
#include "common/FormDialog.h"

class Database;
class QLineEdit;

// The logged-in user replaces her own password: the current one, then the new one twice. When the account requires
// a new password (after a reset or a default password) the dialog cannot be skipped: its only other way out is
// "Log out", which rejects it.
class ChangePasswordDialog : public FormDialog
{
    Q_OBJECT

public:
    enum class Reason
    {
        Wish,
        Required
    };

    ChangePasswordDialog(Database& db, Reason reason, QWidget* parent = nullptr);

protected:
    Status save() override;

private:
    Database& m_db;
    QLineEdit* m_current;
    NewPasswordFields m_new;
};
