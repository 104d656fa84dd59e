#include "AttendancePage.h"

#include "AttendanceMonthView.h"
#include "DailySheetView.h"
#include "FollowUpsView.h"

#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AttendancePage::AttendancePage(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_sheet(new DailySheetView(db, this))
    , m_month(new AttendanceMonthView(db, this))
    , m_followUps(new FollowUpsView(db, this))
{
    setObjectName(u"attendancePage"_s);
    m_tabs->setObjectName(u"attendanceTabs"_s);
    m_tabs->addTab(m_sheet, tr("Daily sheet"));
    m_tabs->addTab(m_month, tr("Month"));
    m_tabs->addTab(m_followUps, QString());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);

    connect(m_followUps, &FollowUpsView::countChanged, this, &AttendancePage::showFollowUpCount);
    connect(m_sheet, &DailySheetView::saved, m_followUps, &FollowUpsView::reload);
    showFollowUpCount(m_followUps->openCount());
}

bool AttendancePage::settleChanges()
{
    return m_sheet->settleChanges();
}

void AttendancePage::showSheet(qint64 classId)
{
    m_tabs->setCurrentWidget(m_sheet);
    m_sheet->showToday(classId);
}

void AttendancePage::showMonth(qint64 classId, Month month)
{
    m_month->showClass(classId);
    if (month.isValid())
        m_month->setMonth(month);
    m_tabs->setCurrentWidget(m_month);
}

void AttendancePage::showFollowUps()
{
    m_tabs->setCurrentWidget(m_followUps);
}

void AttendancePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // The count in the tab's title, whichever tab is shown; each tab reads its own data when it is shown.
    m_followUps->reload();
}

void AttendancePage::showFollowUpCount(int open)
{
    m_tabs->setTabText(m_tabs->indexOf(m_followUps), open > 0 ? tr("Follow-ups (%1)").arg(open) : tr("Follow-ups"));
}
