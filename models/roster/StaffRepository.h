#pragma once

#include "RosterRecords.h"
#include "common/FieldError.h"
#include "common/Result.h"

#include <QCoreApplication>

class Database;

// A kind of certificate (qualification_types): the list is data, so a new one is a row, not a release.
struct QualificationType
{
    QString code;
    QString nameZh;
    QString nameEn;
    bool countsAsCertified = false;
    bool isHealthCertificate = false;

    // The name in the language of the user interface.
    QString name() const;
};

// Writes and reads staff with their classes and qualifications. Writes need Permission::EditRoster.
class StaffRepository
{
    Q_DECLARE_TR_FUNCTIONS(StaffRepository)

public:
    explicit StaffRepository(Database& db)
        : m_db(db)
    {
    }

    // Every problem with the record (fields: name, gender, role, id_number, phone, hired_on, left_on,
    // qualification); the ID number and phone are normalised in place.
    static FieldErrors validate(StaffRecord& staff, QDate today, const QList<QualificationType>& types);

    Result<qint64> add(const StaffRecord& staff);
    // Replaces details, classes and qualifications.
    Status update(const StaffRecord& staff);
    Status remove(qint64 staffId);
    Result<StaffRecord> load(qint64 staffId) const;
    // Everyone ever employed, in the order they were added.
    Result<QList<StaffRecord>> staff() const;
    Result<std::optional<qint64>> findByIdNumber(const QString& idNumber) const;
    Result<QList<QualificationType>> qualificationTypes() const;
    // Writes the person back as they were, re-creating them if they were removed.
    Status restore(const StaffRecord& staff);

private:
    // Refuses an ID number already recorded for someone else.
    Status checkUnique(const StaffRecord& staff) const;
    Status writeLinks(qint64 staffId, const StaffRecord& staff);

    Database& m_db;
};
