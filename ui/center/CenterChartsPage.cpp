#include "CenterChartsPage.h"

#include "center/CenterMonth.h"
#include "common/ChartParts.h"
#include "common/Clock.h"
#include "common/Controls.h"
#include "common/ErrorLabel.h"
#include "common/PolicyKey.h"
#include "institution/InstitutionProfile.h"
#include "store/PolicyRepository.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace {

QValueAxis* percentAxis(const QString& title)
{
    auto* axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setRange(0, 100);
    axis->setTickCount(11);
    axis->setLabelFormat(u"%d%"_s);
    return axis;
}

// A rate on a percent axis; charts draw in floating point, the figures stay whole numbers.
qreal percentOnAxis(const Ratio& ratio)
{
    return qreal(ratio.permille()) / 10;
}

} // namespace

CenterChartsPage::CenterChartsPage(Database& db, QWidget* parent)
    : CenterMonthPage(u"chartsMonthEdit"_s, parent)
    , m_db(db)
    , m_counties(nullptr)
    , m_institutions(nullptr)
    , m_subsidy(nullptr)
    , m_error(makeErrorLabel(this))
{
    setObjectName(u"centerChartsPage"_s);
    QHBoxLayout* top = makeMonthRow();
    top->addStretch();

    // The charts scroll together: a county with many institutions makes the institution chart taller than the page.
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* charts = new QWidget(scroll);
    m_counties = makeChartView(u"countyChart"_s, charts, 260);
    m_subsidy = makeChartView(u"subsidyChart"_s, charts, 260);
    m_institutions = makeChartView(u"institutionChart"_s, charts, 260);
    auto* grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(6);
    grid->addWidget(m_counties, 0, 0);
    grid->addWidget(m_subsidy, 0, 1);
    grid->addWidget(m_institutions, 1, 0, 1, 2);
    scroll->setWidget(charts);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(scroll, 1);
}

void CenterChartsPage::reload()
{
    const Result<CenterMonth> state = CenterMonth::load(m_db, month());
    showError(m_error, state ? QString() : state.error());
    if (!state)
        return;
    showCounties(state.value());
    showInstitutions(state.value());
    showSubsidy(month());
}

void CenterChartsPage::showCounties(const CenterMonth& state)
{
    QChart* chart = clearedChart(m_counties,
                                 state.total.outreachChildren > 0
                                     ? tr("Places, children enrolled and children visited at home by "
                                          "county, %1")
                                           .arg(month().toString())
                                     : tr("Places and children enrolled by county, %1").arg(month().toString()));
    auto* places = new QBarSet(tr("Places"));
    places->setColor(QColor(0xb0, 0xbe, 0xc5));
    auto* enrolled = new QBarSet(tr("Enrolled"));
    enrolled->setColor(QColor(0x42, 0xa5, 0xf5));
    // The children the home-visit teams saw, beside those in care (together the county's reach under three), in a
    // month when teams reported any.
    QBarSet* visited = state.total.outreachChildren > 0 ? new QBarSet(tr("Children visited at home")) : nullptr;
    if (visited)
        visited->setColor(QColor(0x66, 0xbb, 0x6a));
    QStringList names;
    qint64 largest = 0;
    // Across, so each county's name and its place use have room; drawn from the bottom up, so the first on top.
    for (auto it = state.byCounty.crbegin(); it != state.byCounty.crend(); ++it) {
        names << tr("%1 (use %2)").arg(it->key, it->figures.placeUse().percentText());
        *places << qreal(it->figures.places);
        *enrolled << qreal(it->figures.enrolled);
        if (visited)
            *visited << qreal(it->figures.outreachChildren);
        largest = std::max({largest, it->figures.places, it->figures.enrolled, it->figures.outreachChildren});
    }
    auto* series = new QHorizontalBarSeries;
    series->append(places);
    series->append(enrolled);
    if (visited)
        series->append(visited);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    auto* counties = new QBarCategoryAxis;
    counties->append(names);
    attachSeries(chart, series, makeCountAxis(tr("Places and children"), largest), counties);
}

void CenterChartsPage::showInstitutions(const CenterMonth& state)
{
    // The city's target for 持证上岗率, as the policy in force in the month sets it.
    const PolicyParameters policy = PolicyRepository(m_db).load().value_or(PolicyParameters::defaults());
    const qint64 target = policy.valueOr(PolicyKey::CertifiedStaffTargetPercent, month(), 90);
    QChart* chart = clearedChart(m_institutions,
                                 tr("Attendance rate and certified caregivers by institution, %1 (target "
                                    "for certified caregivers: %2%)")
                                     .arg(month().toString())
                                     .arg(target));
    auto* attendance = new QBarSet(tr("Attendance rate (出勤率)"));
    attendance->setColor(QColor(0x66, 0xbb, 0x6a));
    auto* certified = new QBarSet(tr("Certified caregivers (持证上岗率)"));
    certified->setColor(QColor(0xff, 0xa7, 0x26));
    QStringList names;
    for (auto it = state.rows.crbegin(); it != state.rows.crend(); ++it) {
        // A home-visit team has no attendance or caregivers to chart.
        if (it->status != ReportingStatus::Reported
            || it->type == InstitutionProfile::typeKey(InstitutionType::OutreachTeam))
            continue;
        names << it->name;
        *attendance << percentOnAxis(it->figures.attendance());
        *certified << percentOnAxis(it->figures.certified());
    }
    // About one bar pair per line of text, so thirty institutions stay readable.
    m_institutions->setMinimumHeight(std::max(260, 90 + int(names.size()) * 2 * fontMetrics().height()));
    auto* series = new QHorizontalBarSeries;
    series->append(attendance);
    series->append(certified);
    // Each rate written at the end of its bar: a tenth of a percent decides whether the target is met.
    series->setLabelsVisible(true);
    series->setLabelsFormat(u"@value%"_s);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    auto* institutions = new QBarCategoryAxis;
    institutions->append(names.isEmpty() ? QStringList {tr("No reports yet")} : names);
    QValueAxis* percent = percentAxis(tr("Percent"));
    attachSeries(chart, series, percent, institutions);
    // The target as a dashed line across every institution's bars.
    auto* targetLine = new QLineSeries;
    targetLine->setName(tr("Target %1%").arg(target));
    QPen pen(QColor(0xc6, 0x28, 0x28));
    pen.setStyle(Qt::DashLine);
    pen.setWidth(2);
    targetLine->setPen(pen);
    const qreal rows = qreal(std::max<qsizetype>(names.size(), 1));
    targetLine->append(qreal(target), -0.5);
    targetLine->append(qreal(target), rows - 0.5);
    attachSeries(chart, targetLine, percent, institutions);
}

void CenterChartsPage::showSubsidy(Month last)
{
    QChart* chart = clearedChart(m_subsidy, tr("Operating subsidy claimed by month"));
    chart->legend()->hide();
    auto* claimed = new QBarSet(tr("Subsidy claimed"));
    claimed->setColor(QColor(0xff, 0xa7, 0x26));
    QStringList labels;
    qreal largest = 0;
    const Month first = last.addMonths(-11);
    const Result<QList<qint64>> byMonth = CenterMonth::subsidyClaimed(m_db, first, last);
    if (!byMonth) {
        showError(m_error, byMonth.error());
        return;
    }
    Month m = first;
    for (const qint64 fen : byMonth.value()) {
        const qreal yuan = yuanOnAxis(Money::fromFen(fen));
        *claimed << yuan;
        largest = std::max(largest, yuan);
        labels << QLocale().toString(m.month());
        m = m.next();
    }
    auto* series = new QBarSeries;
    series->append(claimed);
    auto* months = new QBarCategoryAxis;
    months->append(labels);
    months->setTitleText(tr("%1 to %2").arg(first.toString(), last.toString()));
    attachSeries(chart, series, months, makeYuanAxis(tr("Yuan"), largest));
}
