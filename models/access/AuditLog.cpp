#include "AuditLog.h"

#include "Access.h"
#include "AuditTrail.h"
#include "common/CsvWriter.h"
#include "common/IdNumber.h"
#include "common/MobileNumber.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

Result<QStringList> distinct(Database& db, const QString& column)
{
    if (Status allowed = Access::require(db.actor(), Permission::ViewAudit); !allowed)
        return Result<QStringList>::failure(allowed.error());
    QSqlQuery query(db.connection());
    // The column comes from this file, never from input.
    if (!query.exec(u"SELECT DISTINCT %1 FROM audit_log ORDER BY %1"_s.arg(column)))
        return Result<QStringList>::failure(Sql::failure(query).error());
    QStringList values;
    while (query.next())
        values << query.value(0).toString();
    return values;
}

bool isBlank(const QJsonValue& value)
{
    return value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty());
}

// A field's value as the list shows it.
QString shown(const QString& field, const QJsonValue& value)
{
    if (isBlank(value))
        return AuditLog::tr("(empty)");
    const QString text = value.isString() ? value.toString() : value.toVariant().toString();
    if (field == u"id_number"_s)
        return IdNumber::mask(text);
    if (field == u"phone"_s)
        return MobileNumber::mask(text);
    return text;
}

QJsonObject objectOf(const QString& json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

// A row's values for the CSV file, with ID and phone numbers masked as on the page (PIPL: exports mask by default).
QString maskedJson(const QString& json)
{
    QJsonObject object = objectOf(json);
    bool masked = false;
    for (const QString& field : {u"id_number"_s, u"phone"_s}) {
        if (object.contains(field) && !isBlank(object.value(field))) {
            object.insert(field, shown(field, object.value(field)));
            masked = true;
        }
    }
    // Rows without numbers keep their text exactly as recorded.
    return masked ? QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)) : json;
}

} // namespace

Result<QList<AuditEntry>> AuditLog::find(Database& db, const AuditFilter& filter, int limit)
{
    if (Status allowed = Access::require(db.actor(), Permission::ViewAudit); !allowed)
        return Result<QList<AuditEntry>>::failure(allowed.error());
    QSqlQuery query(db.connection());
    query.prepare(u"SELECT id, at, user_name, table_name, record_key, action, old_values, new_values "
                  "FROM audit_log WHERE (:user = '' OR user_name = :user) AND (:from = '' OR at >= :from) "
                  "AND (:to = '' OR at < :to) AND (:table = '' OR table_name = :table) "
                  "ORDER BY id DESC LIMIT :limit"_s);
    query.bindValue(u":user"_s, Sql::text(filter.user));
    query.bindValue(u":from"_s, filter.from.isValid() ? filter.from.toString(Qt::ISODate) : u""_s);
    query.bindValue(u":to"_s, filter.to.isValid() ? filter.to.addDays(1).toString(Qt::ISODate) : u""_s);
    query.bindValue(u":table"_s, Sql::text(filter.tableName));
    query.bindValue(u":limit"_s, limit);
    if (!query.exec())
        return Result<QList<AuditEntry>>::failure(Sql::failure(query).error());
    QList<AuditEntry> entries;
    while (query.next())
        entries.append({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                        query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                        query.value(6).toString(), query.value(7).toString()});
    return entries;
}

Result<QStringList> AuditLog::users(Database& db)
{
    return distinct(db, u"user_name"_s);
}

Result<QStringList> AuditLog::tableNames(Database& db)
{
    return distinct(db, u"table_name"_s);
}

Status AuditLog::exportCsv(Database& db, const AuditFilter& filter, const QString& path)
{
    const Result<QList<AuditEntry>> entries = find(db, filter, std::numeric_limits<int>::max());
    if (!entries)
        return Status::failure(entries.error());
    QList<QStringList> rows;
    for (const AuditEntry& e : entries.value())
        rows.append({QString::number(e.id), e.at, e.user, e.tableName, e.recordKey, e.action, maskedJson(e.oldValues),
                     maskedJson(e.newValues)});
    if (Status written = CsvWriter::write(
            path,
            {u"id"_s, u"at"_s, u"user"_s, u"record_type"_s, u"record"_s, u"action"_s, u"old_values"_s, u"new_values"_s},
            rows);
        !written)
        return written;
    // The trail holds personal data, so handing it out is itself traced.
    return db.transaction([&]() -> Status {
        return AuditTrail::recordAccess(db.connection(), u"export"_s, u"audit_log"_s, QString(),
                                        tr("%n audit row(s) exported to %1", nullptr, int(rows.size())).arg(path));
    });
}

Result<AuditTrail::Verdict> AuditLog::verify(Database& db)
{
    if (Status allowed = Access::require(db.actor(), Permission::ViewAudit); !allowed)
        return Result<AuditTrail::Verdict>::failure(allowed.error());
    return AuditTrail::verify(db.connection());
}

QString AuditLog::recordTypeLabel(const QString& tableName)
{
    static const QHash<QString, const char*> labels = {
        {u"institution"_s, QT_TR_NOOP("Institution")},
        {u"classes"_s, QT_TR_NOOP("Classes")},
        {u"children"_s, QT_TR_NOOP("Children")},
        {u"placements"_s, QT_TR_NOOP("Class and care type history")},
        {u"guardians"_s, QT_TR_NOOP("Guardians")},
        {u"staff"_s, QT_TR_NOOP("Staff")},
        {u"staff_classes"_s, QT_TR_NOOP("Staff classes")},
        {u"qualifications"_s, QT_TR_NOOP("Qualifications")},
        {u"qualification_types"_s, QT_TR_NOOP("Qualification types")},
        {u"attendance"_s, QT_TR_NOOP("Attendance")},
        {u"sick_followups"_s, QT_TR_NOOP("Sick absence follow-ups")},
        {u"family_subsidies"_s, QT_TR_NOOP("Families' subsidies")},
        {u"insurance_policies"_s, QT_TR_NOOP("Accident insurance policies")},
        {u"policy_values"_s, QT_TR_NOOP("Policy parameters")},
        {u"calendar_days"_s, QT_TR_NOOP("Official calendar days")},
        {u"calendar_years"_s, QT_TR_NOOP("Official calendar years")},
        {u"closures"_s, QT_TR_NOOP("Closure days")},
        {u"center_institutions"_s, QT_TR_NOOP("Registered institutions")},
        {u"center_keys"_s, QT_TR_NOOP("Registered institution keys")},
        {u"center_reports"_s, QT_TR_NOOP("Imported reports")},
        {u"center_held_files"_s, QT_TR_NOOP("Held report files")},
        {u"center_import_log"_s, QT_TR_NOOP("Report import log")},
        {u"users"_s, QT_TR_NOOP("Users")},
        {u"user_classes"_s, QT_TR_NOOP("User classes")},
        {u"audit_log"_s, QT_TR_NOOP("Audit trail")},
    };
    const char* label = labels.value(tableName);
    return label ? tr(label) : tableName;
}

QString AuditLog::actionLabel(const QString& action)
{
    if (action == u"insert"_s)
        return tr("Added");
    if (action == u"update"_s)
        return tr("Changed");
    if (action == u"delete"_s)
        return tr("Deleted");
    if (action == u"view"_s)
        return tr("Viewed in full");
    if (action == u"print"_s)
        return tr("Printed in full");
    if (action == u"export"_s)
        return tr("Exported");
    if (action == u"reopen"_s)
        return tr("Reopened");
    if (action == u"import"_s)
        return tr("Imported");
    return action;
}

QStringList AuditLog::changeLines(const AuditEntry& entry)
{
    const QJsonObject before = objectOf(entry.oldValues);
    const QJsonObject after = objectOf(entry.newValues);
    QStringList lines;
    if (entry.action == u"update"_s) {
        for (auto it = after.begin(); it != after.end(); ++it)
            lines << tr("%1: %2 → %3").arg(it.key(), shown(it.key(), before.value(it.key())), shown(it.key(), *it));
        return lines;
    }
    if (entry.action == u"insert"_s || entry.action == u"delete"_s) {
        const QJsonObject& values = entry.action == u"insert"_s ? after : before;
        // The record's id is already in the row; repeating it would only push the changes out of sight.
        for (auto it = values.begin(); it != values.end(); ++it)
            if (!isBlank(*it) && it.key() != u"id"_s)
                lines << tr("%1: %2").arg(it.key(), shown(it.key(), *it));
        return lines;
    }
    if (entry.action == u"import"_s) {
        // A batch of an imported file: the records themselves are in the row's values, too many to list here.
        lines << tr("%n record(s) written", nullptr, int(after.value(u"rows"_s).toArray().size()));
        if (const int replaced = int(before.value(u"rows"_s).toArray().size()); replaced > 0)
            lines << tr("%n earlier record(s) replaced", nullptr, replaced);
        return lines;
    }
    if (const QString detail = after.value(u"detail"_s).toString(); !detail.isEmpty())
        lines << detail;
    return lines;
}
