#include "ChildValidator.h"

#include "common/MobileNumber.h"
#include "common/Month.h"

using namespace Qt::StringLiterals;

namespace {

QString isoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

QString ChildValidator::checkField(const QString& field, const ChildRecord& child, const Options& options)
{
    ChildRecord copy = child;
    for (const FieldError& error : validate(copy, options))
        if (error.field == field)
            return error.message;
    return {};
}

FieldErrors ChildValidator::validate(ChildRecord& child, const Options& options)
{
    FieldErrors errors;
    auto fail = [&](const QString& field, const QString& value, const QString& message) {
        errors.append({field, value, message, 0});
    };

    child.name = child.name.simplified();
    if (child.name.isEmpty())
        fail(u"name"_s, {}, tr("The child's name is missing."));
    if (child.gender == Gender::Unknown)
        fail(u"gender"_s, {}, tr("Choose the child's gender (男 or 女)."));

    if (!child.birthDate.isValid())
        fail(u"birth_date"_s, {}, tr("The birth date is missing."));
    else if (child.birthDate > options.today)
        fail(u"birth_date"_s, isoDate(child.birthDate),
             tr("The birth date %1 is in the future.").arg(isoDate(child.birthDate)));

    const QString idText = QString(child.idNumber).remove(u' ');
    if (!idText.isEmpty()) {
        const Result<IdNumber> id = IdNumber::parseMatching(idText, options.today, child.birthDate, child.gender);
        if (id)
            child.idNumber = id->text();
        else
            fail(u"id_number"_s, idText, id.error());
    } else {
        child.idNumber.clear();
    }

    if (child.birthOrder < 1 || child.birthOrder > 20)
        fail(u"birth_order"_s, QString::number(child.birthOrder),
             tr("The birth order (孩次) must be 1, 2, 3 or more, not %1.").arg(child.birthOrder));

    if (child.enrolledOn.isValid()) {
        const int age = ageInCompletedMonths(child.birthDate, child.enrolledOn);
        if (child.birthDate.isValid() && child.enrolledOn < child.birthDate)
            fail(u"enrolled_on"_s, isoDate(child.enrolledOn),
                 tr("The enrolment date %1 is before the birth date.").arg(isoDate(child.enrolledOn)));
        else if (child.birthDate.isValid() && age < options.minimumAgeMonths)
            fail(u"enrolled_on"_s, isoDate(child.enrolledOn),
                 tr("On %1 the child is %2 months old; care starts at %3 months at the earliest.")
                     .arg(isoDate(child.enrolledOn))
                     .arg(age)
                     .arg(options.minimumAgeMonths));
        if (options.requireConsentToEnrol && !child.consentRecorded())
            fail(u"consent_date"_s, isoDate(child.consentOn),
                 tr("Record the guardian's consent (who and when) before enrolling the child."));
    } else if (!child.isWaiting()) {
        fail(u"enrolled_on"_s, {}, tr("Give an enrolment date, or an application date for the waiting list."));
    }
    if (child.withdrawnOn.isValid()) {
        if (!child.enrolledOn.isValid())
            fail(u"withdrawn_on"_s, isoDate(child.withdrawnOn), tr("A child who was never enrolled cannot leave."));
        else if (child.withdrawnOn < child.enrolledOn)
            fail(u"withdrawn_on"_s, isoDate(child.withdrawnOn),
                 tr("The last day in care, %1, is before the enrolment date %2.")
                     .arg(isoDate(child.withdrawnOn), isoDate(child.enrolledOn)));
    }
    if (child.appliedOn.isValid() && child.appliedOn > options.today)
        fail(u"applied_on"_s, isoDate(child.appliedOn),
             tr("The application date %1 is in the future.").arg(isoDate(child.appliedOn)));
    if (!child.wantedMonth.isEmpty()) {
        if (const Result<Month> wanted = Month::parse(child.wantedMonth); !wanted)
            fail(u"wanted_month"_s, child.wantedMonth, wanted.error());
    }
    if (child.consentOn.isValid() && child.consentOn > options.today)
        fail(u"consent_date"_s, isoDate(child.consentOn),
             tr("The consent date %1 is in the future.").arg(isoDate(child.consentOn)));
    if (child.admissionCheckDate.isValid() && child.admissionCheckDate > options.today)
        fail(u"admission_check_date"_s, isoDate(child.admissionCheckDate),
             tr("The admission health check date %1 is in the future.").arg(isoDate(child.admissionCheckDate)));

    for (qsizetype i = 0; i < child.guardians.size(); ++i) {
        Guardian& g = child.guardians[i];
        g.name = g.name.simplified();
        if (g.name.isEmpty())
            fail(u"guardian"_s, {}, tr("Guardian %1 has no name.").arg(i + 1));
        if (!g.phone.trimmed().isEmpty()) {
            const Result<QString> phone = MobileNumber::normalize(g.phone);
            if (phone)
                g.phone = phone.value();
            else
                fail(u"phone"_s, g.phone, tr("Phone of %1: %2").arg(g.name, phone.error()));
        }
        if (!g.idNumber.trimmed().isEmpty()) {
            const Result<IdNumber> id = IdNumber::parse(g.idNumber, options.today);
            if (id)
                g.idNumber = id->text();
            else
                fail(u"guardian_id_number"_s, g.idNumber, tr("ID number of %1: %2").arg(g.name, id.error()));
        }
    }
    return errors;
}
