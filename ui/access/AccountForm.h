#pragma once

#include "NewPasswordFields.h"
#include "common/Result.h"

#include <QWidget>

class QFormLayout;
class QLineEdit;

// User name and a password typed twice: the first director's account in the setup wizard and on an old database,
// and new accounts on the Users page.
class AccountForm : public QWidget
{
    Q_OBJECT

public:
    explicit AccountForm(const QString& defaultName, QWidget* parent = nullptr);

    QString userName() const;
    QString password() const;
    // The name and password rules, and that both passwords agree; the first problem found.
    Status check() const;
    // The form's layout, so a dialog can add its own fields in the same columns.
    QFormLayout* formLayout() const { return m_form; }

private:
    QFormLayout* m_form;
    QLineEdit* m_name;
    NewPasswordFields m_passwords;
};
