#pragma once

#include "common/FormDialog.h"

class AccountForm;
class Database;

// For a database made before user accounts existed: its first account, a director, is created here and logged in,
// since nobody could log in to create it.
class FirstDirectorDialog : public FormDialog
{
    Q_OBJECT

public:
    explicit FirstDirectorDialog(Database& db, QWidget* parent = nullptr);

protected:
    Status save() override;

private:
    Database& m_db;
    AccountForm* m_account;
};
