#include "StaffTableModel.h"

#include "ItemRoles.h"
#include "common/MobileNumber.h"
#include "roster/StaffOverview.h"

#include <QColor>
#include <algorithm>

using namespace Qt::StringLiterals;

StaffTableModel::StaffTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void StaffTableModel::setStaff(QList<StaffRecord> staff, QHash<qint64, QString> classNames,
                               QList<QualificationType> types, QDate day)
{
    beginResetModel();
    m_staff = std::move(staff);
    m_classNames = std::move(classNames);
    m_types = std::move(types);
    m_day = day;
    endResetModel();
}

int StaffTableModel::rowOf(qint64 staffId) const
{
    for (qsizetype row = 0; row < m_staff.size(); ++row)
        if (m_staff.at(row).id == staffId)
            return int(row);
    return -1;
}

int StaffTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_staff.size());
}

int StaffTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString StaffTableModel::classesOf(const StaffRecord& s) const
{
    QStringList names;
    for (qint64 id : s.classIds)
        names << m_classNames.value(id, QString::number(id));
    return names.join(u", "_s);
}

// The certificates that count for 持证上岗率 first, then health certificates, then the rest.
QString StaffTableModel::qualificationsOf(const StaffRecord& s) const
{
    QList<std::pair<int, QString>> parts;
    for (const Qualification& q : s.qualifications) {
        QualificationType type {q.typeCode, q.typeCode, q.typeCode, false, false};
        for (const QualificationType& t : m_types)
            if (t.code == q.typeCode)
                type = t;
        QString text = q.level.isEmpty() ? type.name() : tr("%1 (%2)").arg(type.name(), q.level);
        if (q.expiresOn.isValid() && q.expiresOn < m_day)
            text = tr("%1, expired %2").arg(text, q.expiresOn.toString(Qt::ISODate));
        else if (q.expiresOn.isValid())
            text = tr("%1 until %2").arg(text, q.expiresOn.toString(Qt::ISODate));
        parts.append({type.countsAsCertified ? 0 : type.isHealthCertificate ? 1 : 2, text});
    }
    std::stable_sort(parts.begin(), parts.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    QStringList texts;
    for (const auto& part : parts)
        texts << part.second;
    return texts.join(u"; "_s);
}

QString StaffTableModel::statusOf(const StaffRecord& s) const
{
    if (s.leftOn.isValid() && s.leftOn < m_day)
        return tr("Left on %1").arg(s.leftOn.toString(Qt::ISODate));
    if (s.hiredOn.isValid() && s.hiredOn > m_day)
        return tr("Starts on %1").arg(s.hiredOn.toString(Qt::ISODate));
    return tr("In post");
}

QVariant StaffTableModel::display(const StaffRecord& s, int column) const
{
    switch (column) {
    case NameColumn:
        return s.name;
    case RoleColumn:
        return RosterTypes::label(s.role);
    case ClassesColumn:
        return classesOf(s);
    case PhoneColumn:
        return MobileNumber::mask(s.phone);
    case IdNumberColumn:
        return IdNumber::mask(s.idNumber);
    case QualificationsColumn:
        return qualificationsOf(s);
    case StatusColumn:
        return statusOf(s);
    }
    return {};
}

QVariant StaffTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StaffRecord& s = m_staff.at(index.row());
    const bool inPost = StaffOverview::inPost(s, m_day);
    if (role == Qt::ForegroundRole)
        return inPost ? QVariant() : QVariant(QColor(Qt::gray));
    if (role == Qt::DisplayRole)
        return display(s, index.column());
    // The list of certificates is often wider than its column.
    if (role == Qt::ToolTipRole && index.column() == QualificationsColumn)
        return qualificationsOf(s);
    if (role != ItemRoles::Raw)
        return {};
    switch (index.column()) {
    case RoleColumn:
        return RosterTypes::key(s.role);
    case ClassesColumn:
        return QVariant::fromValue(s.classIds);
    case StatusColumn:
        return inPost;
    default:
        return display(s, index.column());
    }
}

QVariant StaffTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static const char* const headers[ColumnCount]
        = {QT_TR_NOOP("Name"),      QT_TR_NOOP("Role"),         QT_TR_NOOP("Classes"), QT_TR_NOOP("Phone"),
           QT_TR_NOOP("ID number"), QT_TR_NOOP("Certificates"), QT_TR_NOOP("Status")};
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    return tr(headers[section]);
}
