#include "OfficialCalendar.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QVariant>
#include <QtGlobal>

using namespace Qt::StringLiterals;

namespace {

const QString FormatName = u"daycaredesk.calendar"_s;
constexpr int FormatVersion = 1;
// No notice has given a holiday longer than nine days; anything beyond a month is a typing mistake.
constexpr qint64 LongestHolidayDays = 31;

const QString DateFormat = u"yyyy-MM-dd"_s;

QDate parseDate(const QJsonValue& value)
{
    const QString text = value.toString();
    if (text.size() != DateFormat.size())
        return {};
    return QDate::fromString(text, DateFormat);
}

// What the file holds where a date was expected, for the message.
QString dateText(const QJsonValue& value)
{
    return value.isString() ? value.toString() : value.toVariant().toString();
}

bool isWeekend(QDate date)
{
    return date.dayOfWeek() >= Qt::Saturday;
}

} // namespace

Result<OfficialCalendar> OfficialCalendar::fromJson(const QByteArray& json)
{
    using R = Result<OfficialCalendar>;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return R::failure(tr("The calendar file is not valid JSON: %1 at character %2.")
                              .arg(parseError.errorString())
                              .arg(parseError.offset));
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(u"format"_s).toString() != FormatName)
        return R::failure(
            tr("The file is not a DaycareDesk holiday calendar (its \"format\" is not \"%1\").").arg(FormatName));
    const int version = root.value(u"version"_s).toInt();
    if (version != FormatVersion)
        return R::failure(tr("The calendar file has format version %1; this version of DaycareDesk reads version %2.")
                              .arg(version)
                              .arg(FormatVersion));
    if (!root.value(u"years"_s).isArray())
        return R::failure(tr("The calendar file has no list of \"years\"."));

    OfficialCalendar calendar;
    const QJsonArray years = root.value(u"years"_s).toArray();
    for (qsizetype index = 0; index < years.size(); ++index) {
        const QJsonObject entry = years.at(index).toObject();
        const qint64 year = entry.value(u"year"_s).toInteger(-1);
        if (!years.at(index).isObject() || year < 1 || year > 9999)
            return R::failure(tr("Entry %1 of the calendar's years has no valid \"year\".").arg(index + 1));
        if (calendar.hasYear(int(year)))
            return R::failure(tr("Year %1 appears twice in the calendar file.").arg(year));

        const QJsonValue holidayList = entry.value(u"holidays"_s);
        if (!holidayList.isArray())
            return R::failure(tr("Year %1: \"holidays\" must be a list of [first, last] date pairs.").arg(year));
        QList<DateRange> holidays;
        const QJsonArray holidayArray = holidayList.toArray();
        for (qsizetype h = 0; h < holidayArray.size(); ++h) {
            const QJsonArray pair = holidayArray.at(h).toArray();
            if (!holidayArray.at(h).isArray() || pair.size() != 2)
                return R::failure(
                    tr("Year %1, holiday %2: expected a pair of dates [first, last].").arg(year).arg(h + 1));
            for (const QJsonValue& end : {pair.at(0), pair.at(1)}) {
                if (!parseDate(end).isValid())
                    return R::failure(tr("Year %1, holiday %2: \"%3\" is not a date of the form YYYY-MM-DD.")
                                          .arg(year)
                                          .arg(h + 1)
                                          .arg(dateText(end)));
            }
            holidays.append(DateRange {parseDate(pair.at(0)), parseDate(pair.at(1))});
        }

        const QJsonValue workdayList = entry.value(u"workdays"_s);
        if (!workdayList.isArray())
            return R::failure(tr("Year %1: \"workdays\" must be a list of dates.").arg(year));
        QList<QDate> workdays;
        const QJsonArray workdayArray = workdayList.toArray();
        for (qsizetype w = 0; w < workdayArray.size(); ++w) {
            const QDate date = parseDate(workdayArray.at(w));
            if (!date.isValid())
                return R::failure(tr("Year %1, make-up working day %2: \"%3\" is not a date of the form YYYY-MM-DD.")
                                      .arg(year)
                                      .arg(w + 1)
                                      .arg(dateText(workdayArray.at(w))));
            workdays.append(date);
        }

        const QJsonValue basis = entry.value(u"basis"_s);
        if (!basis.isUndefined() && !basis.isString())
            return R::failure(tr("Year %1: \"basis\" must be text.").arg(year));

        const Status added = calendar.setYear(int(year), holidays, workdays, basis.toString());
        if (!added)
            return R::failure(added.error());
    }
    return calendar;
}

const OfficialCalendar& OfficialCalendar::bundled()
{
    static const OfficialCalendar calendar = [] {
        QFile file(u":/calendar/cn-official.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The embedded holiday calendar is missing from this build");
        Result<OfficialCalendar> parsed = fromJson(file.readAll());
        if (!parsed)
            qFatal("The embedded holiday calendar is broken: %s", qUtf8Printable(parsed.error()));
        return std::move(parsed.value());
    }();
    return calendar;
}

QByteArray OfficialCalendar::toJson(const QList<int>& years) const
{
    QJsonArray yearArray;
    for (const int year : years) {
        const auto found = m_years.constFind(year);
        if (found == m_years.cend())
            continue;
        const Arrangement& arrangement = found->arrangement;
        QJsonArray holidays;
        for (const DateRange& range : arrangement.holidays)
            holidays.append(QJsonArray {range.first.toString(DateFormat), range.last.toString(DateFormat)});
        QJsonArray workdays;
        for (const QDate& date : arrangement.workdays)
            workdays.append(date.toString(DateFormat));
        yearArray.append(QJsonObject {
            {u"year"_s, year},
            {u"basis"_s, arrangement.basis},
            {u"holidays"_s, holidays},
            {u"workdays"_s, workdays},
        });
    }
    const QJsonObject root {
        {u"format"_s, FormatName},
        {u"version"_s, FormatVersion},
        {u"years"_s, yearArray},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<OfficialCalendar::Arrangement> OfficialCalendar::arrangement(int year) const
{
    const auto found = m_years.constFind(year);
    if (found == m_years.cend())
        return std::nullopt;
    return found->arrangement;
}

Status OfficialCalendar::validateYear(int year, const QList<DateRange>& holidays, const QList<QDate>& workdays)
{
    if (year < 1 || year > 9999)
        return Status::failure(tr("%1 is not a valid year.").arg(year));
    // A notice may reach into the December before or the January after its year, no further.
    const QDate earliest(year - 1, 12, 1);
    const QDate latest(year + 1, 1, 31);
    const auto outside = [&](QDate date) { return date < earliest || date > latest; };

    for (qsizetype h = 0; h < holidays.size(); ++h) {
        const DateRange& range = holidays.at(h);
        if (!range.first.isValid() || !range.last.isValid())
            return Status::failure(
                tr("Year %1, holiday %2: both the first and the last day are needed.").arg(year).arg(h + 1));
        const QString entry = tr("Year %1, holiday %2 (%3 to %4)")
                                  .arg(year)
                                  .arg(h + 1)
                                  .arg(range.first.toString(DateFormat), range.last.toString(DateFormat));
        if (range.last < range.first)
            return Status::failure(tr("%1: the last day is before the first day.").arg(entry));
        if (outside(range.first) || outside(range.last))
            return Status::failure(tr("%1: the dates are outside the year %2.").arg(entry).arg(year));
        if (range.first.daysTo(range.last) >= LongestHolidayDays)
            return Status::failure(
                tr("%1: a holiday longer than %2 days is surely a typing mistake.").arg(entry).arg(LongestHolidayDays));
    }
    for (qsizetype w = 0; w < workdays.size(); ++w) {
        const QDate date = workdays.at(w);
        if (!date.isValid())
            return Status::failure(tr("Year %1, make-up working day %2: the date is missing.").arg(year).arg(w + 1));
        const QString entry
            = tr("Year %1, make-up working day %2 (%3)").arg(year).arg(w + 1).arg(date.toString(DateFormat));
        if (outside(date))
            return Status::failure(tr("%1: the date is outside the year %2.").arg(entry).arg(year));
        if (!isWeekend(date))
            return Status::failure(tr("%1: a make-up working day is always a Saturday or a Sunday.").arg(entry));
        for (const DateRange& range : holidays) {
            if (date >= range.first && date <= range.last)
                return Status::failure(tr("%1: the day is also inside a holiday.").arg(entry));
        }
    }
    return {};
}

Status OfficialCalendar::setYear(int year, const QList<DateRange>& holidays, const QList<QDate>& workdays,
                                 const QString& basis)
{
    const Status valid = validateYear(year, holidays, workdays);
    if (!valid)
        return valid;
    YearData data;
    data.arrangement = Arrangement {holidays, workdays, basis};
    for (const DateRange& range : holidays) {
        for (QDate day = range.first; day <= range.last; day = day.addDays(1))
            data.holidayDays.insert(day);
    }
    data.workdays = QSet<QDate>(workdays.cbegin(), workdays.cend());
    m_years.insert(year, std::move(data));
    return {};
}

void OfficialCalendar::merge(const OfficialCalendar& other)
{
    for (auto it = other.m_years.cbegin(); it != other.m_years.cend(); ++it)
        m_years.insert(it.key(), it.value());
}

const OfficialCalendar::YearData* OfficialCalendar::noticeMentioning(QDate date) const
{
    if (!date.isValid())
        return nullptr;
    for (const int year : {date.year(), date.year() + 1, date.year() - 1}) {
        const auto found = m_years.constFind(year);
        if (found != m_years.cend() && (found->holidayDays.contains(date) || found->workdays.contains(date)))
            return &*found;
    }
    return nullptr;
}

bool OfficialCalendar::isHoliday(QDate date) const
{
    const YearData* notice = noticeMentioning(date);
    return notice && notice->holidayDays.contains(date);
}

bool OfficialCalendar::isMakeUpWorkday(QDate date) const
{
    const YearData* notice = noticeMentioning(date);
    return notice && notice->workdays.contains(date);
}
