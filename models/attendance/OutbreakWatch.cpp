#include "OutbreakWatch.h"

#include "access/Access.h"
#include "roster/ClassRepository.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QHash>
#include <QLocale>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

// The names of the children in the alerts, read in one query over the days the alerts cover.
Result<QHash<qint64, QString>> childNames(Database& db, const QList<OutbreakAlert>& alerts)
{
    QHash<qint64, QString> names;
    if (alerts.isEmpty())
        return names;
    QDate first = alerts.first().days.first();
    QDate last = alerts.first().day;
    for (const OutbreakAlert& alert : alerts) {
        first = std::min(first, alert.days.first());
        last = std::max(last, alert.day);
    }
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, name FROM children c WHERE EXISTS (SELECT 1 FROM attendance a WHERE a.child_id = c.id "
                  "AND a.status = 'sick' AND a.day BETWEEN ? AND ?)"_s);
    if (Status s = Sql::exec(query, {Sql::date(first), Sql::date(last)}); !s)
        return Result<QHash<qint64, QString>>::failure(s.error());
    while (query.next())
        names.insert(query.value(0).toLongLong(), query.value(1).toString());
    return names;
}

QString noticeText(const OutbreakNotice& n)
{
    const OutbreakAlert& a = n.alert;
    const QLocale locale;
    const QString children = n.childNames.join(OutbreakWatch::tr(", "));
    if (a.rule == OutbreakAlert::Rule::SameDay)
        return OutbreakWatch::tr("%1: %n case(s) of %2 on %3 (%4).", nullptr, int(a.childIds.size()))
            .arg(n.className, a.symptom, locale.toString(a.day, QLocale::ShortFormat), children);
    return OutbreakWatch::tr("%1: %n case(s) of %2 from %3 to %4 (%5).", nullptr, int(a.childIds.size()))
        .arg(n.className, a.symptom, locale.toString(a.days.first(), QLocale::ShortFormat),
             locale.toString(a.day, QLocale::ShortFormat), children);
}

} // namespace

Result<QList<OutbreakNotice>> OutbreakWatch::around(Database& db, QDate day)
{
    using R = Result<QList<OutbreakNotice>>;
    if (Status allowed = Access::require(db.actor(), Permission::ViewRoster); !allowed)
        return R::failure(allowed.error());
    const Result<QList<ClassRecord>> classes = ClassRepository(db).attendanceClasses();
    if (!classes)
        return R::failure(classes.error());
    const Result<OutbreakDetector> detector = OutbreakDetector::load(db, day, day);
    if (!detector)
        return R::failure(detector.error());
    QHash<qint64, QString> classNames;
    for (const ClassRecord& c : classes.value())
        classNames.insert(c.id, c.name);
    // Later days come last and replace an earlier alert of the same class and symptom.
    QList<OutbreakAlert> latest;
    for (const QDate& d : detector->windowEndingOn(day)) {
        for (const OutbreakAlert& alert : detector->alertsOn(d)) {
            if (!classNames.contains(alert.classId))
                continue;
            const auto same
                = [&](const OutbreakAlert& a) { return a.classId == alert.classId && a.symptom == alert.symptom; };
            latest.removeIf(same);
            latest << alert;
        }
    }
    const Result<QHash<qint64, QString>> names = childNames(db, latest);
    if (!names)
        return R::failure(names.error());
    QList<OutbreakNotice> notices;
    for (const OutbreakAlert& alert : std::as_const(latest)) {
        OutbreakNotice n {alert, classNames.value(alert.classId), {}, {}};
        for (qint64 id : alert.childIds)
            n.childNames << names->value(id);
        n.text = noticeText(n);
        notices << n;
    }
    return notices;
}
