#include "ClassOverview.h"

#include "ClassRepository.h"
#include "access/Access.h"
#include "common/Month.h"
#include "common/PolicyKey.h"
#include "store/Database.h"
#include "store/PolicyRepository.h"
#include "store/Sql.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int DefaultMixedRatio = 5;

struct DayRoster
{
    QHash<qint64, QList<ClassChild>> children;
    QHash<qint64, QStringList> caregivers;
    QSet<qint64> withHistory;
};

// Three queries for the whole institution: children in care by class, caregivers in post by class, and the classes
// that were ever used.
Result<DayRoster> loadDay(Database& db, QDate day)
{
    DayRoster roster;
    const QVariant d = Sql::date(day);
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT p.class_id, c.id, c.name, c.birth_date FROM placements p "
                  "JOIN children c ON c.id = p.child_id "
                  "WHERE p.valid_from <= ? AND (p.valid_to IS NULL OR p.valid_to >= ?) "
                  "AND c.enrolled_on <= ? AND (c.withdrawn_on IS NULL OR c.withdrawn_on >= ?) "
                  "ORDER BY c.birth_date DESC, c.name"_s);
    if (Status s = Sql::exec(query, {d, d, d, d}); !s)
        return Result<DayRoster>::failure(s.error());
    while (query.next()) {
        const QDate birth = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        roster.children[query.value(0).toLongLong()].append(
            {query.value(1).toLongLong(), query.value(2).toString(), birth, ageInCompletedMonths(birth, day)});
    }
    // left_on is the last day in post, as withdrawn_on is a child's last day in care.
    query.prepare(u"SELECT sc.class_id, s.name FROM staff_classes sc JOIN staff s ON s.id = sc.staff_id "
                  "WHERE s.role = ? AND s.hired_on <= ? AND (s.left_on IS NULL OR s.left_on >= ?) "
                  "ORDER BY s.name"_s);
    if (Status s = Sql::exec(query, {RosterTypes::key(StaffRole::Caregiver), d, d}); !s)
        return Result<DayRoster>::failure(s.error());
    while (query.next())
        roster.caregivers[query.value(0).toLongLong()].append(query.value(1).toString());
    if (!query.exec(u"SELECT DISTINCT class_id FROM placements"_s))
        return Result<DayRoster>::failure(Sql::failure(query).error());
    while (query.next())
        roster.withHistory.insert(query.value(0).toLongLong());
    return roster;
}

QString ageWarning(const ClassRecord& c, const ClassChild& child)
{
    const ClassStandard s = RosterTypes::standard(c.type);
    return ClassOverview::tr("%1 in %2 is %n month(s) old; the class type is for children from %3 to under %4 "
                             "months.",
                             nullptr, child.ageMonths)
        .arg(child.name, c.name, QString::number(s.minAgeMonths), QString::number(s.maxAgeMonths));
}

// Capacity and ratio, the two figures that change with every child placed.
void addCountWarnings(ClassStatus& status, int children, bool prospective)
{
    const ClassRecord& c = status.record;
    if (children > c.capacity) {
        status.warnings.append(
            {ClassWarning::Kind::OverCapacity,
             (prospective ? ClassOverview::tr("With this child %1 would have %2 children, more than its capacity of "
                                              "%3.")
                          : ClassOverview::tr("%1 has %2 children, more than its capacity of %3."))
                 .arg(c.name, QString::number(children), QString::number(c.capacity)),
             0});
    }
    const int required = ClassOverview::caregiversRequired(children, status.childrenPerCaregiver);
    const int assigned = int(status.caregivers.size());
    if (required > assigned) {
        const QString need = ClassOverview::tr("%n caregiver(s)", nullptr, required);
        status.warnings.append(
            {ClassWarning::Kind::ShortOfCaregivers,
             (prospective ? ClassOverview::tr("With this child %1 would need %2 for %3 children (one for every %4) "
                                              "but has %5 assigned.")
                          : ClassOverview::tr("%1 needs %2 for %3 children (one for every %4) but has %5 assigned."))
                 .arg(c.name, need, QString::number(children), QString::number(status.childrenPerCaregiver),
                      QString::number(assigned)),
             0});
    }
}

ClassStatus evaluate(const ClassRecord& record, const DayRoster& roster, int childrenPerCaregiver)
{
    ClassStatus status;
    status.record = record;
    status.children = roster.children.value(record.id);
    status.caregivers = roster.caregivers.value(record.id);
    status.childrenPerCaregiver = childrenPerCaregiver;
    status.caregiversRequired = ClassOverview::caregiversRequired(int(status.children.size()), childrenPerCaregiver);
    status.hasHistory = roster.withHistory.contains(record.id);
    const int maximum = RosterTypes::standard(record.type).maxChildren;
    if (record.capacity > maximum) {
        status.warnings.append({ClassWarning::Kind::CapacityAboveStandard,
                                ClassOverview::tr("The capacity of %1 (%2) is above the national maximum of %3 for "
                                                  "its class type.")
                                    .arg(record.name, QString::number(record.capacity), QString::number(maximum)),
                                0});
    }
    addCountWarnings(status, int(status.children.size()), false);
    for (const ClassChild& child : status.children)
        if (!ClassOverview::ageFits(record.type, child.ageMonths))
            status.warnings.append({ClassWarning::Kind::AgeOutsideClass, ageWarning(record, child), child.id});
    return status;
}

} // namespace

int ClassOverview::childrenPerCaregiver(ClassType type, const PolicyParameters& policy, QDate day)
{
    const int national = RosterTypes::standard(type).childrenPerCaregiver;
    if (national > 0)
        return national;
    return int(std::max<qint64>(1, policy.valueOr(PolicyKey::RatioMixed, Month::of(day), DefaultMixedRatio)));
}

int ClassOverview::caregiversRequired(int children, int childrenPerCaregiver)
{
    if (children <= 0 || childrenPerCaregiver <= 0)
        return 0;
    return (children + childrenPerCaregiver - 1) / childrenPerCaregiver;
}

bool ClassOverview::ageFits(ClassType type, int ageMonths)
{
    const ClassStandard s = RosterTypes::standard(type);
    return ageMonths >= s.minAgeMonths && ageMonths < s.maxAgeMonths;
}

QString ClassOverview::key(ClassWarning::Kind kind)
{
    switch (kind) {
    case ClassWarning::Kind::OverCapacity:
        return u"over_capacity"_s;
    case ClassWarning::Kind::ShortOfCaregivers:
        return u"short_of_caregivers"_s;
    case ClassWarning::Kind::CapacityAboveStandard:
        return u"capacity_above_standard"_s;
    case ClassWarning::Kind::AgeOutsideClass:
        return u"age_outside_class"_s;
    }
    return {};
}

Result<QList<ClassStatus>> ClassOverview::load(Database& db, QDate day)
{
    if (Status allowed = Access::require(db.actor(), Permission::ViewRoster); !allowed)
        return Result<QList<ClassStatus>>::failure(allowed.error());
    const Result<QList<ClassRecord>> classes = ClassRepository(db).classes();
    if (!classes)
        return Result<QList<ClassStatus>>::failure(classes.error());
    const Result<PolicyParameters> policy = PolicyRepository(db).load();
    if (!policy)
        return Result<QList<ClassStatus>>::failure(policy.error());
    const Result<DayRoster> roster = loadDay(db, day);
    if (!roster)
        return Result<QList<ClassStatus>>::failure(roster.error());
    QList<ClassStatus> list;
    for (const ClassRecord& c : classes.value())
        list.append(evaluate(c, roster.value(), childrenPerCaregiver(c.type, policy.value(), day)));
    return list;
}

Result<QList<ClassWarning>> ClassOverview::placementWarnings(Database& db, QDate birthDate, qint64 classId, QDate day,
                                                             qint64 childId)
{
    const Result<QList<ClassStatus>> all = load(db, day);
    if (!all)
        return Result<QList<ClassWarning>>::failure(all.error());
    const auto found
        = std::find_if(all->begin(), all->end(), [&](const ClassStatus& s) { return s.record.id == classId; });
    if (found == all->end())
        return Result<QList<ClassWarning>>::failure(tr("There is no class with number %1.").arg(classId));
    ClassStatus status = *found;
    status.warnings.clear();
    const int others = int(std::count_if(status.children.begin(), status.children.end(),
                                         [&](const ClassChild& c) { return childId == 0 || c.id != childId; }));
    addCountWarnings(status, others + 1, true);
    const int age = ageInCompletedMonths(birthDate, day);
    if (!ageFits(status.record.type, age)) {
        const ClassStandard s = RosterTypes::standard(status.record.type);
        status.warnings.append({ClassWarning::Kind::AgeOutsideClass,
                                tr("On %1 the child will be %n month(s) old, outside the ages of %2 (%3 to under %4 "
                                   "months).",
                                   nullptr, age)
                                    .arg(day.toString(Qt::ISODate), status.record.name, QString::number(s.minAgeMonths),
                                         QString::number(s.maxAgeMonths)),
                                childId});
    }
    return status.warnings;
}
