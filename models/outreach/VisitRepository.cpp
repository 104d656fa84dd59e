#include "VisitRepository.h"

#include "HouseholdRepository.h"
#include "OutreachTeam.h"
#include "VisitTerms.h"
#include "VisitValidator.h"
#include "common/Clock.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

QVariant optionalNumber(const std::optional<int>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::Int));
}

std::optional<int> numberOf(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

QString checklistText(const QMap<QString, bool>& checklist)
{
    QJsonObject json;
    for (auto it = checklist.cbegin(); it != checklist.cend(); ++it)
        json.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact));
}

QMap<QString, bool> checklistFrom(const QString& text)
{
    QMap<QString, bool> checklist;
    const QJsonObject json = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = json.begin(); it != json.end(); ++it)
        checklist.insert(it.key(), it.value().toBool());
    return checklist;
}

} // namespace

Result<FieldErrors> VisitRepository::check(Visit& visit) const
{
    using R = Result<FieldErrors>;
    if (Status allowed = OutreachTeam::require(m_db); !allowed)
        return R::failure(allowed.error());
    const Result<OutreachChild> child = HouseholdRepository(m_db).child(visit.childId);
    if (!child)
        return R::failure(child.error());
    const Result<QStringList> members = OutreachTeam::members(m_db);
    if (!members)
        return R::failure(members.error());
    return VisitValidator::validate(visit, child.value(), members.value(), Clock::today());
}

Result<qint64> VisitRepository::add(Visit visit)
{
    const Result<FieldErrors> errors = check(visit);
    if (!errors)
        return Result<qint64>::failure(errors.error());
    if (!errors->isEmpty()) {
        QStringList messages;
        for (const FieldError& e : errors.value())
            messages.append(e.message);
        return Result<qint64>::failure(messages.join(u'\n'));
    }
    qint64 id = 0;
    const Status status = m_db.transaction([&]() -> Status {
        QSqlQuery insert(m_db.connection());
        insert.prepare(u"INSERT INTO visits (child_id, visited_on, topics, weight_g, length_mm, head_mm, checklist, "
                       "advice, referral, referral_reason, next_visit_on, recorded_by, recorded_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        const QString referral
            = visit.referral == Referral::None ? QString(u""_s) : VisitTerms::referralKey(visit.referral);
        if (Status s
            = Sql::exec(insert,
                        {visit.childId, Sql::date(visit.visitedOn), VisitTerms::topicsText(visit.topics),
                         optionalNumber(visit.measurements.weightGrams), optionalNumber(visit.measurements.lengthMm),
                         optionalNumber(visit.measurements.headMm), checklistText(visit.checklist),
                         Sql::text(visit.advice), referral, Sql::text(visit.referralReason),
                         Sql::date(visit.nextVisitOn), m_db.actor().name, Clock::now().toString(Qt::ISODate)});
            !s)
            return s;
        id = insert.lastInsertId().toLongLong();
        QSqlQuery visitor(m_db.connection());
        visitor.prepare(u"INSERT INTO visit_visitors (visit_id, member) VALUES (?, ?)"_s);
        for (const QString& member : std::as_const(visit.visitors))
            if (Status s = Sql::exec(visitor, {id, member}); !s)
                return s;
        return {};
    });
    if (!status)
        return Result<qint64>::failure(status.error());
    return id;
}

Status VisitRepository::remove(qint64 visitId)
{
    if (Status allowed = OutreachTeam::require(m_db); !allowed)
        return allowed;
    return m_db.transaction([&]() -> Status {
        QSqlQuery query(m_db.connection());
        query.prepare(u"DELETE FROM visits WHERE id = ?"_s);
        if (Status s = Sql::exec(query, {visitId}); !s)
            return s;
        if (query.numRowsAffected() != 1)
            return Status::failure(tr("There is no visit %1.").arg(visitId));
        return {};
    });
}

Result<QList<Visit>> VisitRepository::select(const QString& where, const QVariant& value, const QString& order) const
{
    using R = Result<QList<Visit>>;
    if (Status allowed = OutreachTeam::require(m_db); !allowed)
        return R::failure(allowed.error());
    QSqlQuery query(m_db.connection());
    query.prepare(
        u"SELECT v.id, v.child_id, v.visited_on, v.topics, v.weight_g, v.length_mm, v.head_mm, "
        "v.checklist, v.advice, v.referral, v.referral_reason, v.next_visit_on, v.recorded_by, "
        "v.recorded_at FROM visits v JOIN outreach_children c ON c.id = v.child_id WHERE %1 ORDER BY %2"_s.arg(where,
                                                                                                               order));
    if (Status s = Sql::exec(query, {value}); !s)
        return R::failure(s.error());
    QList<Visit> visits;
    QHash<qint64, qsizetype> index;
    while (query.next()) {
        Visit v;
        v.id = query.value(0).toLongLong();
        v.childId = query.value(1).toLongLong();
        v.visitedOn = QDate::fromString(query.value(2).toString(), Qt::ISODate);
        v.topics = VisitTerms::topicsFromText(query.value(3).toString()).value_or(QList<VisitTopic>());
        v.measurements = {numberOf(query.value(4)), numberOf(query.value(5)), numberOf(query.value(6))};
        v.checklist = checklistFrom(query.value(7).toString());
        v.advice = query.value(8).toString();
        v.referral = VisitTerms::referralFromKey(query.value(9).toString()).value_or(Referral::None);
        v.referralReason = query.value(10).toString();
        v.nextVisitOn = QDate::fromString(query.value(11).toString(), Qt::ISODate);
        v.recordedBy = query.value(12).toString();
        v.recordedAt = QDateTime::fromString(query.value(13).toString(), Qt::ISODate);
        index.insert(v.id, visits.size());
        visits.append(v);
    }
    QSqlQuery visitors(m_db.connection());
    visitors.prepare(u"SELECT w.visit_id, w.member FROM visit_visitors w JOIN visits v ON v.id = w.visit_id "
                     "JOIN outreach_children c ON c.id = v.child_id WHERE %1 ORDER BY w.rowid"_s.arg(where));
    if (Status s = Sql::exec(visitors, {value}); !s)
        return R::failure(s.error());
    while (visitors.next())
        if (const auto at = index.constFind(visitors.value(0).toLongLong()); at != index.constEnd())
            visits[*at].visitors.append(visitors.value(1).toString());
    return visits;
}

Result<QList<Visit>> VisitRepository::ofChild(qint64 childId) const
{
    return select(u"v.child_id = ?"_s, childId, u"v.visited_on, v.id"_s);
}

Result<QList<Visit>> VisitRepository::ofHousehold(qint64 householdId) const
{
    return select(u"c.household_id = ?"_s, householdId, u"v.visited_on DESC, v.id DESC"_s);
}

Result<PreviousMeasurements> VisitRepository::previousMeasurements(qint64 childId, QDate before) const
{
    const Result<QList<Visit>> visits = ofChild(childId);
    if (!visits)
        return Result<PreviousMeasurements>::failure(visits.error());
    PreviousMeasurements previous;
    // Oldest first, so each later value taken before the day replaces an earlier one.
    for (const Visit& v : visits.value()) {
        if (v.visitedOn >= before)
            break;
        if (v.measurements.weightGrams) {
            previous.values.weightGrams = v.measurements.weightGrams;
            previous.weightOn = v.visitedOn;
        }
        if (v.measurements.lengthMm) {
            previous.values.lengthMm = v.measurements.lengthMm;
            previous.lengthOn = v.visitedOn;
        }
        if (v.measurements.headMm) {
            previous.values.headMm = v.measurements.headMm;
            previous.headOn = v.visitedOn;
        }
    }
    return previous;
}

Result<QHash<qint64, QList<QDate>>> VisitRepository::visitDays() const
{
    using R = Result<QHash<qint64, QList<QDate>>>;
    if (Status allowed = OutreachTeam::require(m_db); !allowed)
        return R::failure(allowed.error());
    QSqlQuery query(m_db.connection());
    if (!query.exec(u"SELECT child_id, visited_on FROM visits ORDER BY child_id, visited_on"_s))
        return R::failure(Sql::failure(query).error());
    QHash<qint64, QList<QDate>> days;
    while (query.next())
        days[query.value(0).toLongLong()].append(QDate::fromString(query.value(1).toString(), Qt::ISODate));
    return days;
}
