#pragma once

#include "access/UserRepository.h"

#include <QAbstractTableModel>
#include <QHash>

// The accounts of a database as the Users page lists them: one row per user, with the names of a caregiver's
// classes and when each last logged in.
class UserTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        FullNameColumn,
        RoleColumn,
        ClassesColumn,
        StatusColumn,
        LastLoginColumn,
        ColumnCount
    };

    explicit UserTableModel(QObject* parent = nullptr);
    // classNames maps a class id to its name; a class missing from it is shown by its id.
    void setUsers(const QList<User>& users, const QHash<qint64, QString>& classNames);
    const User& user(int row) const { return m_users.at(row); }
    // The row of the user with this name, or -1.
    int rowOf(const QString& name) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString classesOf(const User& user) const;

    QList<User> m_users;
    QHash<qint64, QString> m_classNames;
};
