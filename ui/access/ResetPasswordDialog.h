#pragma once

#include "NewPasswordFields.h"
#include "common/FormDialog.h"

class Database;

// The director gives another user a new password, for someone who forgot hers; that user must choose her own at
// the next login.
class ResetPasswordDialog : public FormDialog
{
    Q_OBJECT

public:
    ResetPasswordDialog(Database& db, const QString& userName, QWidget* parent = nullptr);

protected:
    Status save() override;

private:
    Database& m_db;
    QString m_userName;
    NewPasswordFields m_new;
};
