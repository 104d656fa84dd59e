#include "DemoData.h"

#include "DemoFamilies.h"
#include "DemoFees.h"
#include "DemoPeople.h"
#include "access/UserRepository.h"
#include "attendance/AttendanceRepository.h"
#include "attendance/FollowUpRepository.h"
#include "common/CareCalendar.h"
#include "common/Clock.h"
#include "common/CreditCode.h"
#include "common/Month.h"
#include "common/OfficialCalendar.h"
#include "institution/InstitutionRepository.h"
#include "roster/ChildRepository.h"
#include "roster/ClassRepository.h"
#include "roster/StaffRepository.h"
#include "store/Database.h"

#include <QRandomGenerator>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct PlannedChild
{
    ChildRecord record;
    ClassType classType;
    CareType careType;
};

// The demo institutions: the first is the one a new director sees; the others give a demo county center more
// than one institution to add up.
struct DemoIdentity
{
    QString name;
    QString first17; // of the credit code, whose check character is computed
    QString county;
    InstitutionType type;
};

const DemoIdentity demoIdentities[DemoData::institutionCount] = {
    {u"潞州区小橘灯托育园"_s, u"52140403MJY002317"_s, u"潞州区"_s, InstitutionType::Independent},
    {u"潞州区向日葵社区托育点"_s, u"52140403MJY002425"_s, u"潞州区"_s, InstitutionType::Community},
    {u"上党区春苗幼儿园托班"_s, u"52140404MJY003108"_s, u"上党区"_s, InstitutionType::Kindergarten},
    {u"屯留区童心托育中心"_s, u"52140405MJY004216"_s, u"屯留区"_s, InstitutionType::Independent},
};

InstitutionProfile demoInstitution(const DemoData::Options& options, QDate today)
{
    const DemoIdentity& identity = demoIdentities[options.institution - 1];
    InstitutionProfile p;
    p.name = identity.name;
    p.creditCode = identity.first17 + CreditCode::checkCharacter(identity.first17);
    p.county = identity.county;
    p.type = identity.type;
    p.operatingModel = OperatingModel::PublicPrivate;
    p.inclusive = true;
    p.inclusiveFrom = QDate(today.year() - 1, 3, 1);
    p.places = ((options.children * 5 / 4 + 9) / 10) * 10;
    p.inclusivePlaces = std::max(1, p.places * 4 / 5);
    return p;
}

// Ages spread over the three age classes, the way a Changzhi centre's rolls look: few infants, more toddlers.
int pickAgeMonths(QRandomGenerator& rng)
{
    const int roll = int(rng.bounded(100));
    if (roll < 15)
        return 7 + int(rng.bounded(5));
    if (roll < 55)
        return 12 + int(rng.bounded(12));
    return 24 + int(rng.bounded(11));
}

CareType pickCareType(QRandomGenerator& rng)
{
    const int roll = int(rng.bounded(100));
    return roll < 85 ? CareType::FullDay : roll < 95 ? CareType::HalfDay : CareType::Hourly;
}

QList<PlannedChild> planChildren(QRandomGenerator& rng, const DemoPeople& people, const DemoData::Options& options,
                                 QDate today)
{
    const QDate periodStart = Month::of(today).addMonths(1 - options.months).firstDay();
    QList<PlannedChild> planned;
    for (int i = 0; i < options.children; ++i) {
        const int ageMonths = pickAgeMonths(rng);
        const QDate birth = today.addMonths(-ageMonths).addDays(-qint64(rng.bounded(28)));
        ChildRecord c;
        c.gender = rng.bounded(2) ? Gender::Male : Gender::Female;
        c.birthDate = birth;
        const QString surname = people.surname(rng);
        c.name = surname + people.childGivenName(rng, c.gender);
        c.idNumber = people.idNumber(rng, birth, c.gender);
        const int orderRoll = int(rng.bounded(100));
        c.birthOrder = orderRoll < 55 ? 1 : orderRoll < 90 ? 2 : 3;
        c.hukou = u"山西省长治市"_s + people.countyOfRegion(c.idNumber.left(6));
        // Most children were on the roll before the period; some join at a month's start or in the middle.
        const int joinRoll = int(rng.bounded(100));
        QDate enrolled = joinRoll < 70 ? periodStart.addDays(-qint64(30 + rng.bounded(300)))
                                       : periodStart.addDays(qint64(rng.bounded(std::max(1, options.months * 30))));
        enrolled = std::max(enrolled, birth.addMonths(6));
        enrolled = std::min(enrolled, today);
        c.enrolledOn = enrolled;
        // A few families leave during the period; their last day in care ends the placement.
        if (rng.bounded(100) < 5 && enrolled < today.addDays(-20))
            c.withdrawnOn = enrolled.addDays(qint64(10 + rng.bounded(quint32(enrolled.daysTo(today) - 10))));
        c.admissionCheckDate = enrolled.addDays(-qint64(3 + rng.bounded(10)));
        c.vaccinationChecked = true;
        c.consentOn = enrolled.addDays(-1);
        c.consentVersion = u"2025-01"_s;
        c.guardians = people.guardians(rng, surname);
        c.consentBy = c.guardians.first().name;
        if (rng.bounded(100) < 8)
            c.allergies = people.allergy(rng);
        const int ageAtEnrolment = ageInCompletedMonths(birth, today);
        planned.append(
            {c, RosterTypes::suggestedClassType(ageAtEnrolment).value_or(ClassType::OlderToddler), pickCareType(rng)});
    }
    std::sort(planned.begin(), planned.end(),
              [](const PlannedChild& a, const PlannedChild& b) { return a.record.birthDate < b.record.birthDate; });
    return planned;
}

struct ClassPlan
{
    ClassType type;
    QString prefix;
};

// Creates as many classes of each type as the planned children need and returns each child's class id.
Result<QList<qint64>> createClasses(ClassRepository& classes, const QList<PlannedChild>& planned, int& classCount)
{
    const QList<ClassPlan> plans
        = {{ClassType::Infant, u"乳儿"_s}, {ClassType::YoungToddler, u"托小"_s}, {ClassType::OlderToddler, u"托大"_s}};
    const QStringList ordinals = {u"一"_s, u"二"_s, u"三"_s, u"四"_s, u"五"_s, u"六"_s, u"七"_s, u"八"_s, u"九"_s};
    QList<qint64> classOfChild(planned.size(), 0);
    int room = 101;
    for (const ClassPlan& plan : plans) {
        // Leave a little room under the national maximum, as directors do.
        const int capacity = RosterTypes::standard(plan.type).maxChildren;
        const int fill = std::max(1, capacity - 2);
        qint64 current = 0;
        int inCurrent = fill;
        int made = 0;
        for (qsizetype i = 0; i < planned.size(); ++i) {
            if (planned[i].classType != plan.type)
                continue;
            if (inCurrent == fill) {
                ClassRecord c;
                c.name = plan.prefix + ordinals.value(made, QString::number(made + 1)) + u"班"_s;
                c.type = plan.type;
                c.capacity = capacity;
                c.room = QString::number(room++);
                const Result<qint64> id = classes.add(c);
                if (!id)
                    return Result<QList<qint64>>::failure(id.error());
                current = id.value();
                inCurrent = 0;
                ++made;
                ++classCount;
            }
            classOfChild[i] = current;
            ++inCurrent;
        }
    }
    return classOfChild;
}

Status createStaff(StaffRepository& staffRepository, QRandomGenerator& rng, const DemoPeople& people,
                   const QList<ClassRecord>& classes, const QMap<qint64, int>& childrenPerClass, QDate today,
                   int& staffCount)
{
    auto hire = [&](StaffRole role, QList<qint64> classIds, bool certified) -> Status {
        StaffRecord s;
        s.gender = role == StaffRole::Security ? Gender::Male : Gender::Female;
        s.name = people.surname(rng) + people.adultGivenName(rng, s.gender);
        s.role = role;
        s.phone = people.mobile(rng);
        const QDate birth = today.addYears(-qint64(24 + rng.bounded(25))).addDays(-qint64(rng.bounded(365)));
        s.idNumber = people.idNumber(rng, birth, s.gender);
        s.hiredOn = today.addDays(-qint64(90 + rng.bounded(1200)));
        s.classIds = std::move(classIds);
        s.qualifications = people.qualifications(rng, role, certified, s.hiredOn, today);
        const Result<qint64> id = staffRepository.add(s);
        if (!id)
            return Status::failure(id.error());
        ++staffCount;
        return {};
    };

    if (Status s = hire(StaffRole::Head, {}, true); !s)
        return s;
    for (const ClassRecord& c : classes) {
        const int ratio = std::max(1, RosterTypes::standard(c.type).childrenPerCaregiver);
        const int needed = std::max(1, (childrenPerClass.value(c.id) + ratio - 1) / ratio);
        for (int i = 0; i < needed; ++i) {
            // About one caregiver in fifteen is still working towards a certificate.
            if (Status s = hire(StaffRole::Caregiver, {c.id}, rng.bounded(15) != 0); !s)
                return s;
        }
    }
    for (StaffRole role : {StaffRole::HealthWorker, StaffRole::Cook, StaffRole::Cook, StaffRole::Security}) {
        if (Status s = hire(role, {}, true); !s)
            return s;
    }
    return {};
}

QList<AttendanceRecord> attendanceFor(QRandomGenerator& rng, const DemoPeople& people, qint64 childId,
                                      const PlannedChild& child, const CareCalendar& calendar, QDate from, QDate to)
{
    QList<AttendanceRecord> records;
    const QDate last = child.record.withdrawnOn.isValid() ? std::min(to, child.record.withdrawnOn) : to;
    for (QDate day = std::max(from, child.record.enrolledOn); day <= last; day = day.addDays(1)) {
        if (!calendar.isCareDay(day))
            continue;
        AttendanceRecord r;
        r.childId = childId;
        r.day = day;
        const int roll = int(rng.bounded(1000));
        if (child.careType == CareType::Hourly && roll < 500) {
            // Hourly children come on the days their families book; the other days are recorded as such, so the
            // month has no gaps.
            r.status = AttendanceStatus::Other;
            r.note = u"未预约"_s;
        } else if (roll < 920 || child.careType == CareType::Hourly) {
            r.status = AttendanceStatus::Present;
            r.arrival = QTime(7, 40).addSecs(qint64(rng.bounded(50)) * 60);
            r.departure = child.careType == CareType::HalfDay ? QTime(12, 0).addSecs(qint64(rng.bounded(20)) * 60)
                                                              : QTime(16, 30).addSecs(qint64(rng.bounded(60)) * 60);
            r.checkNormal = true;
            r.temperatureTenths = 362 + int(rng.bounded(8));
            if (child.careType == CareType::Hourly) {
                r.arrival = QTime(8, 30);
                r.hours = 2 + int(rng.bounded(3));
                r.departure = r.arrival.addSecs(qint64(*r.hours) * 3600);
            }
        } else if (roll < 950) {
            r.status = AttendanceStatus::Sick;
            r.symptom = people.symptom(rng);
        } else if (roll < 990) {
            r.status = AttendanceStatus::Personal;
        } else {
            r.status = AttendanceStatus::Other;
        }
        records.append(r);
    }
    return records;
}

// Saves a child's days in order and, each time she comes back after being sick, closes her follow-up as a
// caregiver would, so the follow-up list holds only the children still away.
Status saveWithReturns(Database& db, qint64 childId, const QList<AttendanceRecord>& days)
{
    AttendanceRepository attendance(db);
    FollowUpRepository followUps(db);
    QList<AttendanceRecord> chunk;
    bool wasSick = false;
    for (const AttendanceRecord& r : days) {
        if (wasSick && r.status == AttendanceStatus::Present) {
            if (Status s = attendance.save(chunk); !s)
                return s;
            chunk.clear();
            const Result<QList<SickFollowUp>> open = followUps.openFollowUps();
            if (!open)
                return Status::failure(open.error());
            for (const SickFollowUp& f : open.value())
                if (f.childId == childId)
                    if (Status s = followUps.close(f.id, u"已康复返园"_s, r.day); !s)
                        return s;
        }
        if (r.status == AttendanceStatus::Sick || r.status == AttendanceStatus::Present)
            wasSick = r.status == AttendanceStatus::Sick;
        chunk << r;
    }
    return attendance.save(chunk);
}

} // namespace

QString DemoData::validate(const Options& options)
{
    if (options.children < 1 || options.children > 5000)
        return tr("--children must be between 1 and 5000, not %1.").arg(options.children);
    if (options.months < 1 || options.months > 36)
        return tr("--months must be between 1 and 36, not %1.").arg(options.months);
    if (options.institution < 1 || options.institution > institutionCount)
        return tr("--institution must be between 1 and %1, not %2.").arg(institutionCount).arg(options.institution);
    return {};
}

Result<DemoData::Summary> DemoData::generate(Database& db, const Options& options)
{
    if (const QString problem = validate(options); !problem.isEmpty())
        return Result<Summary>::failure(problem);
    InstitutionRepository institutions(db);
    const auto existing = institutions.load();
    if (!existing)
        return Result<Summary>::failure(existing.error());
    if (existing.value())
        return Result<Summary>::failure(tr("This database already holds the institution \"%1\"; demo data goes only "
                                           "into a new, empty database.")
                                            .arg(existing.value()->name));

    if (UserRepository(db).hasUsers())
        return Result<Summary>::failure(tr("This database already has user accounts; demo data goes only into a new, "
                                           "empty database."));

    const QDate today = Clock::today();
    QRandomGenerator rng(options.seed);
    // The demo is written by the program itself; the director account it makes is admin with password admin.
    const Actor previous = db.actor();
    db.setActor(Actor::systemActor());
    const DemoPeople people;
    Summary summary;
    const Status status = db.transaction([&]() -> Status {
        if (const Result<qint64> admin = UserRepository(db).createFirstDirector(DemoUser, DemoPassword, false); !admin)
            return Status::failure(admin.error());
        const Result<FieldErrors> saved = institutions.save(demoInstitution(options, today));
        if (!saved)
            return Status::failure(saved.error());
        if (!saved.value().isEmpty())
            return Status::failure(saved.value().first().message);

        ClassRepository classRepository(db);
        ChildRepository children(db);
        StaffRepository staff(db);
        const QList<PlannedChild> planned = planChildren(rng, people, options, today);
        const Result<QList<qint64>> classOfChild = createClasses(classRepository, planned, summary.classes);
        if (!classOfChild)
            return Status::failure(classOfChild.error());

        const CareCalendar calendar(OfficialCalendar::bundled(), {});
        const QDate periodStart = Month::of(today).addMonths(1 - options.months).firstDay();
        QMap<qint64, int> childrenPerClass;
        for (qsizetype i = 0; i < planned.size(); ++i) {
            const qint64 classId = classOfChild.value().at(i);
            const Placement placement {classId, planned[i].careType, planned[i].record.enrolledOn,
                                       planned[i].record.withdrawnOn};
            const Result<qint64> childId = children.add(planned[i].record, placement);
            if (!childId)
                return Status::failure(childId.error());
            ++childrenPerClass[classId];
            // Up to yesterday: today's sheet is the one the caregivers fill in this morning.
            const QList<AttendanceRecord> days
                = attendanceFor(rng, people, childId.value(), planned[i], calendar, periodStart, today.addDays(-1));
            if (Status s = saveWithReturns(db, childId.value(), days); !s)
                return s;
            summary.attendanceRecords += int(days.size());
        }
        summary.children = int(planned.size());

        const Result<QList<ClassRecord>> classes = classRepository.classes();
        if (!classes)
            return Status::failure(classes.error());
        if (Status s = createStaff(staff, rng, people, classes.value(), childrenPerClass, today, summary.staff); !s)
            return s;
        if (Status s = DemoFees::settle(db, rng, Month::of(periodStart), today); !s)
            return s;
        return DemoFamilies::record(db, rng, today);
    });
    db.setActor(previous);
    if (!status)
        return Result<Summary>::failure(status.error());
    return summary;
}
