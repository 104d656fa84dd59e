#include "CountyReportSet.h"

#include "common/CreditCode.h"
#include "common/IdNumber.h"
#include "reports/Jwk.h"
#include "reports/Jws.h"
#include "reports/MonthlyReports.h"
#include "reports/ReportFile.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace {

// The administrative division codes of Changzhi's counties, in the order of InstitutionProfile::changzhiCounties().
constexpr std::array<const char16_t*, 12> countyCodes
    = {u"140403", u"140404", u"140405", u"140406", u"140423", u"140425",
       u"140426", u"140427", u"140428", u"140429", u"140430", u"140431"};
constexpr std::array<InstitutionType, 8> typeMix
    = {InstitutionType::Independent,  InstitutionType::Independent, InstitutionType::Community,
       InstitutionType::Kindergarten, InstitutionType::Family,      InstitutionType::Employer,
       InstitutionType::Medical,      InstitutionType::Independent};
// What each entry of typeMix calls itself.
constexpr std::array<const char16_t*, 8> kindNames = {u"托育园",     u"托育中心",     u"社区托育点", u"幼儿园托班",
                                                      u"家庭托育点", u"职工托育中心", u"医院托育园", u"婴幼儿照护中心"};
constexpr std::array<const char16_t*, 16> nameWords
    = {u"阳光",   u"春苗",   u"小太阳", u"蒲公英", u"启航", u"彩虹", u"童心", u"晨曦",
       u"向日葵", u"小橡树", u"星星",   u"百合",   u"嘉禾", u"绿洲", u"安安", u"乐贝"};
constexpr std::array<const char16_t*, 20> surnames
    = {u"王", u"李", u"张", u"刘", u"陈", u"杨", u"赵", u"黄", u"周", u"吴",
       u"徐", u"孙", u"胡", u"朱", u"高", u"林", u"何", u"郭", u"马", u"罗"};
constexpr std::array<const char16_t*, 24> givenNames
    = {u"子涵", u"欣怡", u"梓轩", u"一诺", u"浩宇", u"若汐", u"宇航", u"诗琪", u"俊熙", u"雨桐", u"明轩", u"佳怡",
       u"思远", u"可馨", u"嘉懿", u"语嫣", u"睿泽", u"梦琪", u"天佑", u"芷若", u"博文", u"安然", u"沐阳", u"书瑶"};

// The rules as the default policy (resources/policy/defaults.json) has them in 2026.
constexpr int MaxClaimMonthsPerYear = 10;
constexpr int MaxAgeMonths = 36;
constexpr qint64 SubsidyRateFen = 50000;
constexpr qint64 KindergartenSubsidyRateFen = 30000;
constexpr qint64 BirthSecondFen = 300000;
constexpr qint64 BirthThirdFen = 500000;
constexpr qint64 CareFeeFen = 140000;
constexpr qint64 HalfDayFeeFen = 90000;
constexpr qint64 HourlyFeeFen = 45000;
constexpr qint64 InclusiveReductionFen = 30000;
constexpr qint64 MealFen = 1200;

// Monday to Friday; asked for every child and month, so each month is counted once.
int careDays(Month month)
{
    static QHash<int, int> counted;
    const int key = month.year() * 12 + month.month();
    if (const auto known = counted.constFind(key); known != counted.cend())
        return *known;
    int days = 0;
    for (QDate d = month.firstDay(); d <= month.lastDay(); d = d.addDays(1))
        days += d.dayOfWeek() <= 5 ? 1 : 0;
    counted.insert(key, days);
    return days;
}

// At least half the care days, rounded up.
int neededDays(Month month)
{
    return (careDays(month) + 1) / 2;
}

QString careType(int child)
{
    if (child % 10 == 0)
        return u"hourly"_s;
    return child % 7 == 0 ? u"half_day"_s : u"full_day"_s;
}

QString classType(int ageMonths)
{
    if (ageMonths < 12)
        return u"infant"_s;
    return ageMonths < 24 ? u"young"_s : u"older"_s;
}

int attendedDays(int child, Month month)
{
    const int days = careDays(month);
    if ((child + month.month()) % 17 == 0)
        return 5; // away most of the month
    return days - (child * 7 + month.month() * 3) % 9;
}

QJsonObject rate(qint64 numerator, qint64 denominator)
{
    return {{u"numerator"_s, numerator}, {u"denominator"_s, denominator}};
}

QJsonObject notRecorded()
{
    return {{u"recorded"_s, false}};
}

// The first rule the child-month fails, or an empty string when it is claimable.
QString claimReason(const CountyInstitution& institution, int child, QDate birthDate, Month month, int claimedBefore)
{
    if (!institution.profile.inclusive)
        return u"not_inclusive"_s;
    if (ageInCompletedMonths(birthDate, month.firstDay()) >= MaxAgeMonths)
        return u"too_old"_s;
    if (careType(child) == u"hourly"_s)
        return u"not_day_care"_s;
    if (attendedDays(child, month) < neededDays(month))
        return u"too_few_days"_s;
    if (claimedBefore >= MaxClaimMonthsPerYear)
        return u"year_cap_reached"_s;
    return {};
}

} // namespace

Result<CountyReportSet> CountyReportSet::make(int institutions)
{
    using R = Result<CountyReportSet>;
    CountyReportSet set;
    const QStringList& counties = InstitutionProfile::changzhiCounties();
    for (int i = 0; i < institutions; ++i) {
        Result<SigningKey> key = SigningKey::generate();
        if (!key)
            return R::failure(key.error());
        const int county = i % int(counties.size());
        InstitutionProfile p;
        p.type = typeMix[size_t(i) % typeMix.size()];
        const QString first17
            = u"52%1MJY%2"_s.arg(QString::fromUtf16(countyCodes[size_t(county)])).arg(i + 100, 6, 10, QChar(u'0'));
        p.creditCode = first17 + CreditCode::checkCharacter(first17);
        p.county = counties.at(county);
        const int branch = i / int(counties.size() * 4);
        p.name = QString(p.county + QString::fromUtf16(nameWords[size_t(i) % nameWords.size()])
                         + QString::fromUtf16(kindNames[size_t(i) % typeMix.size()]))
            + (branch ? u"（第%1分园）"_s.arg(branch + 1) : QString());
        p.operatingModel = std::array {OperatingModel::Private, OperatingModel::PublicPrivate,
                                       OperatingModel::Public}[size_t(i) % 3];
        const int count = 20 + (i * 37) % 61;
        p.places = count + 10 + (i % 5) * 5;
        p.inclusive = i % 3 != 2;
        p.inclusiveFrom = p.inclusive ? QDate(2025, 3, 1) : QDate();
        // A few claim more children than their approved inclusive places.
        p.inclusivePlaces = p.inclusive ? (i % 50 == 4 ? count / 2 : p.places * 4 / 5) : 0;

        CountyInstitution institution {p, std::move(key.value()), {}, {}, {}};
        institution.kid = Jwk::thumbprint(institution.key.publicKey());
        for (int c = 0; c < count; ++c) {
            const int k = int(set.m_children.size());
            // Born between October 2023 and September 2025, so a few are over 36 months by the end; (k * 97) % 730
            // spreads neighbours over the two years and meets every day once per 730 children.
            const QDate birth = QDate(2023, 10, 1).addDays((k * 97) % 730);
            const QString id17 = QString::fromUtf16(countyCodes[size_t(county)]) + birth.toString(u"yyyyMMdd"_s)
                + u"%1"_s.arg((k / 730) * 2 + k % 2, 3, 10, QChar(u'0'));
            set.m_children.append({id17 + IdNumber::checkCharacter(id17),
                                   QString::fromUtf16(surnames[size_t(k) % surnames.size()])
                                       + QString::fromUtf16(givenNames[size_t(k / 20) % givenNames.size()]),
                                   birth, k % 3 == 1 ? 2 : (k % 9 == 2 ? 3 : 1)});
            institution.children.append(k);
        }
        // Every 15th institution takes two young full-day children from the one before (both inclusive), which goes
        // on reporting them.
        if (i % 15 == 1) {
            for (int k : set.m_institutions.back().children) {
                if (careType(k) == u"full_day"_s && set.m_children.at(k).birthDate >= QDate(2024, 3, 1))
                    institution.movedIn << k;
                if (institution.movedIn.size() == 2)
                    break;
            }
            set.m_shared += int(institution.movedIn.size());
        }
        set.m_institutions.push_back(std::move(institution));
    }
    return set;
}

QByteArray CountyReportSet::jwk(const CountyInstitution& institution) const
{
    return Jwk::toJson(PublicJwk::of(institution.key.publicKey(), institution.profile));
}

Result<QStringList> CountyReportSet::writeReports(const QDir& dir, Month first, Month last) const
{
    QStringList paths;
    for (Month month = first; month <= last; month = month.next()) {
        for (const CountyInstitution& institution : m_institutions) {
            const QString path = dir.filePath(MonthlyReports::fileName(institution.profile.creditCode, month, 1));
            // Not through ReportFile::write: a made-up file needs no sync to disk, and 3,000 syncs take a while.
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(signedReport(institution, month)) < 0)
                return Result<QStringList>::failure(u"could not write %1: %2"_s.arg(path, file.errorString()));
            paths << path;
        }
    }
    return paths;
}

QByteArray CountyReportSet::signedReport(const CountyInstitution& institution, Month month) const
{
    const InstitutionProfile& p = institution.profile;
    const QJsonObject payload {
        {u"format"_s, ReportFile::MonthlyReportFormat.toString()},
        {u"version"_s, ReportFile::MonthlyReportVersion},
        {u"credit_code"_s, p.creditCode},
        {u"month"_s, month.toString()},
        {u"revision"_s, 1},
        {u"generated_at"_s, QString(month.next().firstDay().addDays(2).toString(Qt::ISODate) + u"T09:12:00+08:00"_s)},
        {u"previous_sha256"_s, QJsonValue()},
        {u"workbook_sha256"_s, ReportFile::sha256Hex(QString(p.creditCode + month.toString()).toUtf8())},
        {u"institution"_s, p.toJson()},
        {u"figures"_s, figures(institution, month)},
    };
    return Jws::sign(institution.key, institution.kid, ReportFile::MonthlyReportType.toString(),
                     QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

QJsonObject CountyReportSet::figures(const CountyInstitution& institution, Month month) const
{
    const InstitutionProfile& p = institution.profile;
    const int days = careDays(month);
    const QDate end = month.lastDay();
    const qint64 subsidyRate = p.type == InstitutionType::Kindergarten ? KindergartenSubsidyRateFen : SubsidyRateFen;
    // Children by class type as they are on the month's last day; classes of at most 10, 15 and 20.
    const QList<int> inCare = institution.children + (month >= MovedIn ? institution.movedIn : QList<int>());
    QMap<QString, QList<int>> byClassType;
    for (int k : inCare)
        byClassType[classType(ageInCompletedMonths(m_children.at(k).birthDate, end))].append(k);
    const QMap<QString, QString> classNames {
        {u"infant"_s, u"乳儿班"_s}, {u"young"_s, u"托小班"_s}, {u"older"_s, u"托大班"_s}};
    const QMap<QString, int> capacities {{u"infant"_s, 10}, {u"young"_s, 15}, {u"older"_s, 20}};
    const QMap<QString, int> perCaregiver {{u"infant"_s, 3}, {u"young"_s, 5}, {u"older"_s, 7}};
    QHash<int, QString> classOf;
    QJsonArray classList;
    QJsonObject byType;
    int caregivers = 0;
    for (auto it = byClassType.cbegin(); it != byClassType.cend(); ++it) {
        const int capacity = capacities.value(it.key());
        const int classes = int((it.value().size() + capacity - 1) / capacity);
        for (int c = 0; c < classes; ++c) {
            const QList<int> in = it.value().mid(c * capacity, capacity);
            const QString name = classNames.value(it.key()) + QString::number(c + 1);
            for (int k : in)
                classOf.insert(k, name);
            const int required = int((in.size() + perCaregiver.value(it.key()) - 1) / perCaregiver.value(it.key()));
            const int assigned = required + (c == 0 && inCare.size() % 4 == 0 ? -1 : 0);
            caregivers += assigned;
            classList.append(QJsonObject {{u"name"_s, name},
                                          {u"type"_s, it.key()},
                                          {u"capacity"_s, capacity},
                                          {u"children"_s, int(in.size())},
                                          {u"caregivers"_s, assigned},
                                          {u"caregivers_required"_s, required}});
        }
        byType.insert(it.key(),
                      QJsonObject {{u"classes"_s, classes},
                                   {u"places"_s, classes * capacity},
                                   {u"children"_s, int(it.value().size())}});
    }

    QJsonObject byAgeBand {{u"0-12m"_s, 0}, {u"12-24m"_s, 0}, {u"24-36m"_s, 0}, {u"36m_and_over"_s, 0}};
    QJsonObject byCareType {
        {u"full_day"_s, 0}, {u"half_day"_s, 0}, {u"hourly"_s, 0}, {u"home"_s, 0}, {u"unplaced"_s, 0}};
    qint64 present = 0, sick = 0, personal = 0, other = 0, sickChildren = 0;
    qint64 careFees = 0, reductions = 0, refunds = 0, meals = 0, hourlyFees = 0;
    QList<std::pair<QString, QJsonObject>> claimRows;
    QList<std::pair<QString, QJsonObject>> birthRows;
    qint64 childMonths = 0;
    qint64 birthApplied = 0;
    qint64 applicants = 0;
    for (int k : inCare) {
        const Child& child = m_children.at(k);
        const int ageAtEnd = ageInCompletedMonths(child.birthDate, end);
        const QString band = ageAtEnd < 12 ? u"0-12m"_s
            : ageAtEnd < 24                ? u"12-24m"_s
            : ageAtEnd < 36                ? u"24-36m"_s
                                           : u"36m_and_over"_s;
        byAgeBand[band] = byAgeBand[band].toInt() + 1;
        const QString type = careType(k);
        byCareType[type] = byCareType[type].toInt() + 1;
        const int attended = attendedDays(k, month);
        const int absent = days - attended;
        present += attended;
        const int sickDays = k % 4 == 0 ? absent / 2 : 0;
        sick += sickDays;
        sickChildren += sickDays > 0 ? 1 : 0;
        personal += (absent - sickDays) / 2;
        other += absent - sickDays - (absent - sickDays) / 2;
        if (type == u"hourly"_s) {
            hourlyFees += HourlyFeeFen;
        } else {
            careFees += type == u"half_day"_s ? HalfDayFeeFen : CareFeeFen;
            reductions += p.inclusive ? InclusiveReductionFen : 0;
            refunds += absent > 5 ? (absent - 5) * 3000 : 0;
            meals += attended * MealFen;
        }

        // Months claimed here before, in this institution's own reports of the year.
        int claimedBefore = 0;
        const Month january(month.year(), 1);
        for (Month before = institution.movedIn.contains(k) ? std::max(january, MovedIn) : january; before < month;
             before = before.next())
            claimedBefore += claimReason(institution, k, child.birthDate, before, claimedBefore).isEmpty() ? 1 : 0;
        const QString reason = claimReason(institution, k, child.birthDate, month, claimedBefore);
        childMonths += reason.isEmpty() ? 1 : 0;
        claimRows.append({child.idNumber + child.name,
                          QJsonObject {{u"id_number"_s, child.idNumber},
                                       {u"name"_s, child.name},
                                       {u"class"_s, classOf.value(k)},
                                       {u"age_months"_s, ageInCompletedMonths(child.birthDate, month.firstDay())},
                                       {u"care_days"_s, days},
                                       {u"attended_days"_s, type == u"hourly"_s ? 0 : attended},
                                       {u"needed_days"_s, neededDays(month)},
                                       {u"claimed_months_before"_s, claimedBefore},
                                       {u"amount_fen"_s, reason.isEmpty() ? subsidyRate : 0},
                                       {u"claimable"_s, reason.isEmpty()},
                                       {u"reason"_s, reason.isEmpty() ? QJsonValue() : QJsonValue(reason)}}});
        if (child.birthOrder >= 2) {
            const qint64 amount = child.birthOrder == 2 ? BirthSecondFen : BirthThirdFen;
            const bool applied = k % 2 == 0;
            applicants += applied ? 1 : 0;
            birthApplied += applied ? amount : 0;
            birthRows.append(
                {child.idNumber + child.name,
                 QJsonObject {{u"id_number"_s, child.idNumber},
                              {u"name"_s, child.name},
                              {u"birth_order"_s, child.birthOrder},
                              {u"amount_fen"_s, amount},
                              {u"applied_on"_s, applied ? QJsonValue(u"2025-10-15"_s) : QJsonValue()},
                              {u"granted_on"_s, applied && k % 4 == 0 ? QJsonValue(u"2025-11-20"_s) : QJsonValue()}}});
        }
    }
    const auto sorted = [](QList<std::pair<QString, QJsonObject>> rows) {
        std::sort(rows.begin(), rows.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        QJsonArray array;
        for (const auto& row : rows)
            array.append(row.second);
        return array;
    };

    const qint64 enrolled = inCare.size();
    const qint64 expected = qint64(enrolled) * days;
    const qint64 billed = careFees + hourlyFees + meals - reductions - refunds;
    const int inPost = caregivers + 4 + int(enrolled / 40);
    const int certified = caregivers - (p.creditCode.at(15).unicode() % 4 == 0 ? 1 : 0);
    const bool lastMonth = month == Month(2026, 11);
    const QString claimStatus = lastMonth ? (p.inclusive ? u"submitted"_s : u"draft"_s) : u"paid"_s;
    return {
        {u"month"_s, month.toString()},
        {u"classes"_s, QJsonObject {{u"list"_s, classList}, {u"by_type"_s, byType}}},
        {u"children"_s,
         QJsonObject {{u"enrolled"_s, enrolled},
                      {u"by_age_band"_s, byAgeBand},
                      {u"by_care_type"_s, byCareType},
                      {u"new_enrolments"_s, month.month() == 9 ? enrolled / 3 : enrolled / 25},
                      {u"leavers"_s, month.month() == 7 ? enrolled / 4 : enrolled / 30},
                      {u"place_use"_s, rate(enrolled, p.places)}}},
        {u"attendance"_s,
         QJsonObject {{u"care_days"_s, days},
                      {u"expected"_s, expected},
                      {u"present"_s, present},
                      {u"rate"_s, rate(present, expected)},
                      {u"sick_days"_s, sick},
                      {u"children_with_sick_days"_s, sickChildren},
                      {u"personal_days"_s, personal},
                      {u"other_absence_days"_s, other}}},
        {u"staff"_s,
         QJsonObject {{u"in_post"_s, inPost},
                      {u"by_role"_s,
                       QJsonObject {{u"head"_s, 1},
                                    {u"caregiver"_s, caregivers},
                                    {u"health"_s, 1},
                                    {u"cook"_s, 1},
                                    {u"security"_s, 1},
                                    {u"other"_s, int(enrolled / 40)}}},
                      {u"caregivers"_s, caregivers},
                      {u"caregivers_certified"_s, certified},
                      {u"certified_rate"_s, rate(certified, caregivers)},
                      {u"certified_target_percent"_s, 90},
                      {u"with_valid_health_certificate"_s, inPost}}},
        {u"fees"_s,
         QJsonObject {{u"inclusive_in_month"_s, p.inclusive},
                      {u"bills"_s, enrolled},
                      {u"billed_fen"_s, billed},
                      {u"by_line_fen"_s,
                       QJsonObject {{u"care_fee"_s, careFees},
                                    {u"inclusive_reduction"_s, -reductions},
                                    {u"absence_refund"_s, -refunds},
                                    {u"meals"_s, meals},
                                    {u"hourly_care"_s, hourlyFees},
                                    {u"home_care"_s, 0},
                                    {u"other_item"_s, 0}}},
                      {u"reductions_fen"_s, reductions},
                      {u"absence_refunds_fen"_s, refunds},
                      {u"collected_fen"_s, billed * 96 / 100},
                      {u"refunds_paid_fen"_s, enrolled > 60 ? 30000 : 0},
                      {u"outstanding_fen"_s, billed * 4 / 100},
                      {u"bills_outstanding"_s, enrolled / 20}}},
        {u"operating_subsidy"_s,
         QJsonObject {{u"standing"_s,
                       QJsonObject {{u"status"_s, claimStatus},
                                    {u"version"_s, claimStatus == u"draft"_s ? QJsonValue() : QJsonValue(1)}}},
                      {u"children_considered"_s, int(claimRows.size())},
                      {u"child_months"_s, childMonths},
                      {u"amount_fen"_s, childMonths * subsidyRate},
                      {u"children"_s, sorted(claimRows)}}},
        {u"birth_subsidy"_s,
         QJsonObject {{u"eligible"_s, int(birthRows.size())},
                      {u"applicants"_s, applicants},
                      {u"applied_fen"_s, birthApplied},
                      {u"children"_s, sorted(birthRows)}}},
        {u"health_checks"_s, notRecorded()},
        {u"incidents"_s, notRecorded()},
        {u"medical_agreement"_s, notRecorded()},
    };
}
