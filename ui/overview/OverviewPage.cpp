#include "OverviewPage.h"

#include "AlertList.h"
#include "FigureTile.h"
#include "OverviewCharts.h"
#include "common/Clock.h"
#include "common/ErrorLabel.h"
#include "institution/InstitutionRepository.h"
#include "overview/MonthTrends.h"
#include "overview/OverviewFigures.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

OverviewPage::OverviewPage(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_heading(new QLabel(this))
    , m_error(makeErrorLabel(this))
    , m_places(new FigureTile(u"placesTile"_s, tr("Places in use"), this))
    , m_today(new FigureTile(u"todayTile"_s, tr("Present today"), this))
    , m_monthRate(new FigureTile(u"monthRateTile"_s, tr("Attendance rate this month"), this))
    , m_fees(new FigureTile(u"feesTile"_s, tr("Fees collected this month"), this))
    , m_subsidy(new FigureTile(u"subsidyTile"_s, tr("Operating subsidy received this year"), this))
    , m_certified(new FigureTile(u"certifiedTile"_s, tr("Certified caregivers"), this))
    , m_charts(new OverviewCharts(this))
    , m_alerts(new AlertList(this))
{
    setObjectName(u"overviewPage"_s);
    m_heading->setObjectName(u"overviewHeading"_s);
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);

    auto* tiles = new QHBoxLayout;
    tiles->setSpacing(6);
    for (FigureTile* tile : {m_places, m_today, m_monthRate, m_fees, m_subsidy, m_certified})
        tiles->addWidget(tile, 1);

    auto* alertsBox = new QGroupBox(tr("Needs attention"), this);
    auto* alertsLayout = new QVBoxLayout(alertsBox);
    alertsLayout->setContentsMargins(4, 4, 4, 4);
    alertsLayout->addWidget(m_alerts);
    alertsBox->setMinimumWidth(300);

    auto* body = new QHBoxLayout;
    body->addWidget(m_charts, 3);
    body->addWidget(alertsBox, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_error);
    layout->addLayout(tiles);
    layout->addLayout(body, 1);

    connect(m_alerts, &AlertList::placeChosen, this, &OverviewPage::placeChosen);
    connect(m_charts, &OverviewCharts::placeChosen, this, &OverviewPage::placeChosen);
}

void OverviewPage::showEvent(QShowEvent* event)
{
    // Every other page changes what this one adds up.
    reload();
    QWidget::showEvent(event);
}

void OverviewPage::reload()
{
    const QDate today = Clock::today();
    const auto profile = InstitutionRepository(m_db).load();
    const QString name = profile && profile.value() ? profile.value()->name : QString();
    const QString date = QLocale().toString(today, QLocale::LongFormat);
    m_heading->setText(name.isEmpty() ? date : tr("%1 · %2").arg(name, date));

    const Result<OverviewFigures> figures = OverviewFigures::load(m_db, today);
    const Result<QList<MonthTrend>> months
        = figures ? MonthTrends::load(m_db, figures->scope, Month::of(today)) : Result<QList<MonthTrend>>::failure({});
    const Result<QList<OverviewAlert>> alerts = OverviewAlerts::load(m_db, today);
    showError(m_error, !figures ? figures.error() : !months ? months.error() : !alerts ? alerts.error() : QString());
    if (figures && months) {
        showTiles(figures.value());
        m_charts->showFigures(figures.value(), months.value());
    }
    m_alerts->setAlerts(alerts.value_or(QList<OverviewAlert> {}));
}

void OverviewPage::showTiles(const OverviewFigures& f)
{
    m_places->setFigure(f.placeUse.percentText(),
                        tr("%1 children, %2 places").arg(f.placeUse.numerator).arg(f.placeUse.denominator));
    m_today->setFigure(u"%1 / %2"_s.arg(f.today.numerator).arg(f.today.denominator),
                       f.todayNotRecorded > 0 ? tr("%n not recorded yet", nullptr, f.todayNotRecorded)
                                              : tr("Everyone recorded"));
    m_monthRate->setFigure(f.monthRate.percentText(),
                           tr("%1 of %2 days").arg(f.monthRate.numerator).arg(f.monthRate.denominator));

    m_fees->setVisible(f.collected.has_value());
    if (f.collected)
        m_fees->setFigure(
            f.collected->toStringWithSymbol(),
            tr("Billed %1 · arrears %2").arg(f.billed->toStringWithSymbol(), f.outstanding->toStringWithSymbol()));
    m_subsidy->setVisible(f.subsidyReceived.has_value());
    if (f.subsidyReceived)
        m_subsidy->setFigure(f.subsidyReceived->toStringWithSymbol(),
                             tr("Claimed %1 · owed %2")
                                 .arg(f.subsidyClaimed->toStringWithSymbol(), f.subsidyOwed()->toStringWithSymbol()));
    m_certified->setVisible(f.certified.has_value());
    if (f.certified)
        m_certified->setFigure(f.certified->ratio().percentText(),
                               tr("%1 of %2 · target %3%")
                                   .arg(f.certified->certified)
                                   .arg(f.certified->caregivers)
                                   .arg(f.certified->targetPercent),
                               !f.certified->meetsTarget());
}
