#include "UserTableModel.h"

#include "ItemRoles.h"

#include <QColor>

using namespace Qt::StringLiterals;

UserTableModel::UserTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void UserTableModel::setUsers(const QList<User>& users, const QHash<qint64, QString>& classNames)
{
    beginResetModel();
    m_users = users;
    m_classNames = classNames;
    endResetModel();
}

int UserTableModel::rowOf(const QString& name) const
{
    for (qsizetype row = 0; row < m_users.size(); ++row)
        if (m_users.at(row).name == name)
            return int(row);
    return -1;
}

int UserTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString UserTableModel::classesOf(const User& user) const
{
    QStringList names;
    for (qint64 id : user.classIds)
        names << m_classNames.value(id, QString::number(id));
    return names.join(u", "_s);
}

QVariant UserTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const User& u = m_users.at(index.row());
    if (role == Qt::ForegroundRole && u.disabled)
        return QColor(Qt::gray);
    if (role != Qt::DisplayRole && role != ItemRoles::Raw)
        return {};
    const bool raw = role == ItemRoles::Raw;
    switch (index.column()) {
    case NameColumn:
        return u.name;
    case FullNameColumn:
        return u.fullName;
    case RoleColumn:
        return raw ? Roles::key(u.role) : Roles::label(u.role);
    case ClassesColumn:
        return raw ? QVariant::fromValue(u.classIds) : QVariant(classesOf(u));
    case StatusColumn:
        return raw ? QVariant(u.disabled) : QVariant(u.disabled ? tr("Disabled") : tr("Active"));
    case LastLoginColumn:
        if (raw)
            return u.lastLoginAt;
        return u.lastLoginAt.isValid() ? u.lastLoginAt.toString(u"yyyy-MM-dd HH:mm"_s) : tr("never");
    }
    return {};
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static const char* const headers[ColumnCount]
        = {QT_TR_NOOP("User name"), QT_TR_NOOP("Full name"), QT_TR_NOOP("Role"),
           QT_TR_NOOP("Classes"),   QT_TR_NOOP("Account"),   QT_TR_NOOP("Last login")};
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    return tr(headers[section]);
}
