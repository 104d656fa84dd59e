#pragma once

#include <QWidget>

class Database;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class UserTableModel;
struct User;

// The director's list of accounts: who may log in, with which role and classes, and when each last did. Adding an
// account, resetting a forgotten password and disabling or enabling an account all go through UserRepository,
// which also says when an action is refused.
class UsersPage : public QWidget
{
    Q_OBJECT

public:
    explicit UsersPage(Database& db, QWidget* parent = nullptr);

    void reload();
    // Selects the row of this user; false when there is none.
    bool selectUser(const QString& name);

private:
    const User* selectedUser() const;
    void updateButtons();
    void addUser();
    void resetPassword();
    void toggleDisabled();

    Database& m_db;
    UserTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QPushButton* m_reset;
    QPushButton* m_toggle;
    QLabel* m_loadError;
};
