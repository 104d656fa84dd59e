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

Result<QHash<qint64, QString>> childNames(Database& db, const QList<OutbreakAlert>& alerts)
{
    QHash<qint64, QString> names;
    QSqlQuery query(db.connection());
    query.prepare(u"SELECT name FROM children WHERE id = ?"_s);
    for (const OutbreakAlert& alert : alerts) {
        for (qint64 id : alert.childIds) {
            if (names.contains(id))
                continue;
            if (Status s = Sql::exec(query, {id}); !s)
                return Result<QHash<qint64, QString>>::failure(s.error());
            names.insert(id, query.next() ? query.value(0).toString() : QString());
        }
    }
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
