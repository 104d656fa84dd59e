#include "HouseholdValidator.h"

#include "common/MobileNumber.h"

using namespace Qt::StringLiterals;

namespace {

QString indexed(const QString& list, qsizetype index, const QString& field)
{
    return u"%1[%2].%3"_s.arg(list).arg(index + 1).arg(field);
}

void validateGuardians(Household& household, FieldErrors& errors)
{
    if (household.guardians.isEmpty())
        errors.append({u"guardians"_s, QString(),
                       HouseholdValidator::tr("Give at least one guardian or carer the team can speak to.")});
    for (qsizetype i = 0; i < household.guardians.size(); ++i) {
        HouseholdGuardian& g = household.guardians[i];
        g.name = g.name.simplified();
        g.relation = g.relation.simplified();
        if (g.name.isEmpty())
            errors.append({indexed(u"guardians"_s, i, u"name"_s), g.name,
                           HouseholdValidator::tr("Guardian %1 has no name.").arg(i + 1)});
        if (g.phone.trimmed().isEmpty())
            continue;
        if (const Result<QString> phone = MobileNumber::normalize(g.phone); phone)
            g.phone = phone.value();
        else
            errors.append({indexed(u"guardians"_s, i, u"phone"_s), g.phone,
                           HouseholdValidator::tr("Guardian %1's phone: %2").arg(i + 1).arg(phone.error())});
    }
}

void validateChild(OutreachChild& child, qsizetype i, QDate today, FieldErrors& errors)
{
    child.name = child.name.simplified();
    child.specialNeeds = child.specialNeeds.trimmed();
    const QString who = child.name.isEmpty() ? HouseholdValidator::tr("Child %1").arg(i + 1) : child.name;
    if (child.name.isEmpty())
        errors.append({indexed(u"children"_s, i, u"name"_s), child.name,
                       HouseholdValidator::tr("Child %1 has no name.").arg(i + 1)});
    if (child.gender == Gender::Unknown)
        errors.append({indexed(u"children"_s, i, u"gender"_s), QString(),
                       HouseholdValidator::tr("%1: choose boy or girl.").arg(who)});
    if (!child.birthDate.isValid()) {
        errors.append({indexed(u"children"_s, i, u"birth_date"_s), QString(),
                       HouseholdValidator::tr("%1: the birth date is required.").arg(who)});
    } else if (child.birthDate > today) {
        errors.append({indexed(u"children"_s, i, u"birth_date"_s), child.birthDate.toString(Qt::ISODate),
                       HouseholdValidator::tr("%1: the birth date %2 is in the future.")
                           .arg(who, child.birthDate.toString(Qt::ISODate))});
    } else if (child.birthDate.addMonths(HouseholdValidator::MaximumAgeMonths) <= today) {
        errors.append({indexed(u"children"_s, i, u"birth_date"_s), child.birthDate.toString(Qt::ISODate),
                       HouseholdValidator::tr("%1 was born on %2 and is three or older; the team follows children "
                                              "under three.")
                           .arg(who, child.birthDate.toString(Qt::ISODate))});
    }
    if (child.idNumber.trimmed().isEmpty()) {
        child.idNumber.clear();
        return;
    }
    const Result<IdNumber> id = IdNumber::parseMatching(child.idNumber, today, child.birthDate, child.gender);
    if (id)
        child.idNumber = id->text();
    else
        errors.append({indexed(u"children"_s, i, u"id_number"_s), child.idNumber,
                       HouseholdValidator::tr("%1's ID number: %2").arg(who, id.error())});
}

} // namespace

FieldErrors HouseholdValidator::validate(Household& household, QDate today)
{
    FieldErrors errors;
    household.village = household.village.simplified();
    household.address = household.address.simplified();
    household.carer = household.carer.simplified();
    household.consentBy = household.consentBy.simplified();
    household.notes = household.notes.trimmed();
    if (household.village.isEmpty())
        errors.append({u"village"_s, QString(), tr("The village (村) is required: the route sheet is grouped by it.")});
    validateGuardians(household, errors);
    if (household.leftBehind && household.carer.isEmpty())
        errors.append({u"carer"_s, QString(),
                       tr("A left-behind (留守) household needs the carer who looks after the children.")});
    if (household.consentBy.isEmpty() || !household.consentOn.isValid())
        errors.append({u"consent"_s, household.consentBy,
                       tr("Record who agreed to the home visits and the records, and on which day, before the "
                          "household is registered.")});
    else if (household.consentOn > today)
        errors.append({u"consent_on"_s, household.consentOn.toString(Qt::ISODate),
                       tr("The consent date %1 is in the future.").arg(household.consentOn.toString(Qt::ISODate))});
    if (!household.registeredOn.isValid())
        household.registeredOn = today;
    else if (household.registeredOn > today)
        errors.append(
            {u"registered_on"_s, household.registeredOn.toString(Qt::ISODate),
             tr("The registration date %1 is in the future.").arg(household.registeredOn.toString(Qt::ISODate))});
    if (household.closedOn.isValid() && household.closedOn < household.registeredOn)
        errors.append({u"closed_on"_s, household.closedOn.toString(Qt::ISODate),
                       tr("The household cannot be closed before it was registered.")});
    if (household.children.isEmpty())
        errors.append({u"children"_s, QString(), tr("Add the child (under three) the team will visit.")});
    for (qsizetype i = 0; i < household.children.size(); ++i)
        validateChild(household.children[i], i, today, errors);
    for (qsizetype i = 0; i < household.children.size(); ++i)
        for (qsizetype j = 0; j < i; ++j)
            if (!household.children[i].idNumber.isEmpty()
                && household.children[i].idNumber == household.children[j].idNumber)
                errors.append({indexed(u"children"_s, i, u"id_number"_s), household.children[i].idNumber,
                               tr("Children %1 and %2 have the same ID number.").arg(j + 1).arg(i + 1)});
    return errors;
}
