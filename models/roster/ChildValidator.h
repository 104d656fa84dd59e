#pragma once

#include "RosterRecords.h"
#include "common/FieldError.h"

#include <QCoreApplication>

// The rules a child's record must meet before it is saved, shared by the form (as the user types) and the
// roster import, so both refuse the same things with the same words. Field names are the import's English
// column names: name, gender, birth_date, id_number, birth_order, enrolled_on, withdrawn_on, applied_on,
// wanted_month, phone, guardian, consent_date, admission_check_date.
class ChildValidator
{
    Q_DECLARE_TR_FUNCTIONS(ChildValidator)

public:
    struct Options
    {
        QDate today;
        // The youngest age in completed months a child may start care at (policy enrolment.min_age_months).
        int minimumAgeMonths = 6;
        // The form enrols only with the guardians' consent recorded; an import of an older roster does not.
        bool requireConsentToEnrol = true;
    };

    // Every problem, in field order; empty when the record may be saved. The ID number is normalised in place
    // (lower-case x becomes X, spaces removed) and guardian phones reduced to their 11 digits.
    static FieldErrors validate(ChildRecord& child, const Options& options);

    // The same checks for one field, for validation as the user types; empty when the field is fine.
    static QString checkField(const QString& field, const ChildRecord& child, const Options& options);
};
