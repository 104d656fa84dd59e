#pragma once

#include "common/Result.h"

#include <QWidget>

class QLineEdit;

// User name and a password typed twice: the first director's account in the setup wizard, and new accounts on the
// Users page.
class AccountForm : public QWidget
{
    Q_OBJECT

public:
    explicit AccountForm(const QString& defaultName, QWidget* parent = nullptr);

    QString userName() const;
    QString password() const;
    // The name and password rules, and that both passwords agree; the first problem found.
    Status check() const;

private:
    QLineEdit* m_name;
    QLineEdit* m_password;
    QLineEdit* m_repeat;
};
