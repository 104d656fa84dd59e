#pragma once

#include "common/FormDialog.h"

class Database;
class QLineEdit;

// Covers the work of the logged-in user after a time without input, or when she locks on purpose: only her password
// unlocks it (accepted). Escape and closing the window do nothing; "Log out" rejects it.
class LockDialog : public FormDialog
{
    Q_OBJECT

public:
    explicit LockDialog(Database& db, QWidget* parent = nullptr);

protected:
    Status save() override;

private:
    Database& m_db;
    QLineEdit* m_password;
};
