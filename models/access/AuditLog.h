#pragma once

#include "AuditTrail.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class Database;

struct AuditFilter
{
    QString user; // empty: everybody
    QDate from; // invalid: from the beginning
    QDate to; // invalid: up to now
    QString tableName; // empty: every kind of record
};

struct AuditEntry
{
    qint64 id = 0;
    QString at;
    QString user;
    QString tableName;
    QString recordKey;
    QString action;
    QString oldValues;
    QString newValues;
};

// Reading the audit trail for the director: filtered lists and the CSV export (itself recorded in the trail).
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    static Result<QList<AuditEntry>> find(Database& db, const AuditFilter& filter, int limit = 5000);
    static Result<QStringList> users(Database& db);
    static Result<QStringList> tableNames(Database& db);
    static Status exportCsv(Database& db, const AuditFilter& filter, const QString& path);
    // The chain's verdict, for those who may see the audit trail.
    static Result<AuditTrail::Verdict> verify(Database& db);
    // A translated name for a table, as the filter and the list show it ("children" → "Children").
    static QString recordTypeLabel(const QString& tableName);
    static QString actionLabel(const QString& action);
    // What a trail row says, one line per field for people: "full_name: 李静", "disabled: 0 → 1", or the detail of
    // an access. ID and phone numbers are masked here as everywhere they are shown by default; secrets are already
    // "***" in the trail itself.
    static QStringList changeLines(const AuditEntry& entry);
};
