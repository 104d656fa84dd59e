#include "VisitValidator.h"

#include "DevelopmentChecklist.h"
#include "VisitTerms.h"

using namespace Qt::StringLiterals;

namespace {

void checkRange(const std::optional<int>& value, int minimum, int maximum, const QString& field, const QString& shown,
                const QString& range, FieldErrors& errors)
{
    if (value && (*value < minimum || *value > maximum))
        errors.append({field, shown,
                       VisitValidator::tr("%1 is outside what a child under three measures (%2); check the figure.")
                           .arg(shown, range)});
}

} // namespace

FieldErrors VisitValidator::validate(Visit& visit, const OutreachChild& child, const QStringList& members, QDate today)
{
    FieldErrors errors;
    visit.advice = visit.advice.trimmed();
    visit.referralReason = visit.referralReason.trimmed();
    const QString day = visit.visitedOn.toString(Qt::ISODate);
    if (!visit.visitedOn.isValid())
        errors.append({u"visited_on"_s, QString(), tr("The day of the visit is required.")});
    else if (visit.visitedOn > today)
        errors.append({u"visited_on"_s, day, tr("The visit day %1 is in the future.").arg(day)});
    else if (visit.visitedOn < child.birthDate)
        errors.append({u"visited_on"_s, day,
                       tr("The visit day %1 is before %2 was born (%3).")
                           .arg(day, child.name, child.birthDate.toString(Qt::ISODate))});

    // A visitor typed in another case is kept as the account is named.
    for (QString& visitor : visit.visitors) {
        visitor = visitor.trimmed();
        for (const QString& member : members)
            if (visitor.compare(member, Qt::CaseInsensitive) == 0)
                visitor = member;
    }
    visit.visitors.removeAll(QString());
    visit.visitors.removeDuplicates();
    if (visit.visitors.isEmpty())
        errors.append({u"visitors"_s, QString(), tr("Name at least one team member who made the visit.")});
    for (const QString& visitor : std::as_const(visit.visitors))
        if (!members.contains(visitor, Qt::CaseInsensitive))
            errors.append({u"visitors"_s, visitor,
                           tr("%1 is not a member of the team (an active account that records visits).").arg(visitor)});

    if (visit.topics.isEmpty())
        errors.append({u"topics"_s, QString(), tr("Choose at least one topic the visit covered.")});

    const Measurements& m = visit.measurements;
    checkRange(m.weightGrams, MinimumWeightGrams, MaximumWeightGrams, u"weight"_s,
               m.weightGrams ? tr("%1 kg").arg(VisitTerms::kilograms(*m.weightGrams)) : QString(), tr("1–25 kg"),
               errors);
    checkRange(m.lengthMm, MinimumLengthMm, MaximumLengthMm, u"length"_s,
               m.lengthMm ? tr("%1 cm").arg(VisitTerms::centimetres(*m.lengthMm)) : QString(), tr("40–120 cm"), errors);
    checkRange(m.headMm, MinimumHeadMm, MaximumHeadMm, u"head"_s,
               m.headMm ? tr("%1 cm").arg(VisitTerms::centimetres(*m.headMm)) : QString(), tr("30–56 cm"), errors);

    const QStringList known = DevelopmentChecklist::allKeys();
    for (auto it = visit.checklist.cbegin(); it != visit.checklist.cend(); ++it)
        if (!known.contains(it.key()))
            errors.append(
                {u"checklist"_s, it.key(), tr("\"%1\" is not an item of the development checklist.").arg(it.key())});

    if (visit.referral != Referral::None && visit.referralReason.isEmpty())
        errors.append({u"referral_reason"_s, QString(),
                       tr("Say why the child is referred to the %1.").arg(VisitTerms::referralLabel(visit.referral))});
    if (visit.referral == Referral::None && !visit.referralReason.isEmpty())
        errors.append({u"referral"_s, visit.referralReason,
                       tr("A referral reason was given but no place the child is referred to.")});
    if (visit.nextVisitOn.isValid() && visit.visitedOn.isValid() && visit.nextVisitOn <= visit.visitedOn)
        errors.append({u"next_visit_on"_s, visit.nextVisitOn.toString(Qt::ISODate),
                       tr("The next visit (%1) must come after this one (%2).")
                           .arg(visit.nextVisitOn.toString(Qt::ISODate), day)});
    return errors;
}
