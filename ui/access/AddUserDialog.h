#pragma once

#include "common/FormDialog.h"

class AccountForm;
class Database;
class QComboBox;
class QLineEdit;
class QListWidget;

// A new account, added by the director: user name and password, the person's full name, her role and, for a
// caregiver, the classes she looks after (her attendance rights stop there).
class AddUserDialog : public FormDialog
{
    Q_OBJECT

public:
    explicit AddUserDialog(Database& db, QWidget* parent = nullptr);
    // The user name typed, to select the new account afterwards.
    QString userName() const;

protected:
    Status save() override;

private:
    void showClassesForRole();
    QList<qint64> checkedClasses() const;

    Database& m_db;
    AccountForm* m_account;
    QLineEdit* m_fullName;
    QComboBox* m_role;
    QListWidget* m_classes;
};
