#pragma once

#include "common/FormDialog.h"

class Database;
class QLineEdit;

// Asks who is working: a user name (the last one that logged in on this computer is offered again) and a password.
// Accepting checks them with UserRepository::authenticate; when they are right that user becomes the database's
// actor, otherwise the error line says why (wrong password, the wait after repeated wrong tries, a disabled account).
class LoginDialog : public FormDialog
{
    Q_OBJECT

public:
    // userName, when given, is filled in instead of the remembered one.
    explicit LoginDialog(Database& db, const QString& userName = {}, QWidget* parent = nullptr);

protected:
    Status save() override;

private:
    Database& m_db;
    QLineEdit* m_name;
    QLineEdit* m_password;
};
