#pragma once

#include "ChildListing.h"
#include "ChildValidator.h"
#include "RosterImport.h"

#include <QHash>
#include <QSet>

// Turns one row of a roster file into a planned child, collecting every problem with it. Knows the classes and the
// children already recorded, loaded once for the whole file.
class RosterRowReader
{
    Q_DECLARE_TR_FUNCTIONS(RosterImport)

public:
    RosterRowReader(Database& db, const ImportTable& table, const QList<ClassRecord>& classes,
                    const QList<ChildListEntry>& existing, const ChildValidator::Options& options);

    // The planned child, or nullopt when the row has errors (added to report, as are its warnings).
    std::optional<PlannedChild> read(const CsvRow& row, ImportReport& report);

private:
    QString normalizedIdNumber(const CsvRow& row, FieldErrors& errors) const;
    void readPlacement(const CsvRow& row, PlannedChild& planned, FieldErrors& errors) const;
    void readGuardianAndConsent(const CsvRow& row, ChildRecord& child, FieldErrors& errors) const;
    void checkUpdate(const CsvRow& row, const PlannedChild& planned, ImportReport& report) const;

    Database& m_db;
    const ImportTable& m_table;
    QHash<QString, qint64> m_classIds;
    QStringList m_classNames;
    QHash<QString, ChildListEntry> m_existing;
    QHash<QString, int> m_seenIdNumbers;
    ChildValidator::Options m_options;
};
