#include "CalendarPage.h"

#include "common/Clock.h"
#include "common/ColourSwatch.h"
#include "common/ErrorLabel.h"
#include "store/CalendarRepository.h"
#include "store/Database.h"

#include <QCalendarWidget>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTextCharFormat>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

using Kind = CareCalendar::DayKind;

const QList<Kind> allKinds {Kind::CareDay, Kind::Weekend, Kind::Holiday, Kind::MakeUpWorkday, Kind::Closure};

QColor background(Kind kind)
{
    switch (kind) {
    case Kind::CareDay:
        return QColor(0xff, 0xff, 0xff);
    case Kind::Weekend:
        return QColor(0xe2, 0xe2, 0xe2);
    case Kind::Holiday:
        return QColor(0xf6, 0xc4, 0xc4);
    case Kind::MakeUpWorkday:
        return QColor(0xc6, 0xdb, 0xf7);
    case Kind::Closure:
        return QColor(0xff, 0xc2, 0x6e);
    }
    return {};
}

QColor foreground(Kind kind)
{
    return kind == Kind::Weekend ? QColor(0x70, 0x70, 0x70) : QColor(Qt::black);
}

QString kindName(Kind kind)
{
    switch (kind) {
    case Kind::CareDay:
        return CalendarPage::tr("care day");
    case Kind::Weekend:
        return CalendarPage::tr("weekend");
    case Kind::Holiday:
        return CalendarPage::tr("public holiday");
    case Kind::MakeUpWorkday:
        return CalendarPage::tr("make-up working day (a care day)");
    case Kind::Closure:
        return CalendarPage::tr("closed");
    }
    return {};
}

} // namespace

CalendarPage::CalendarPage(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_view(new QCalendarWidget(this))
    , m_fallback(new QLabel(this))
    , m_count(new QLabel(this))
    , m_day(new QLabel(this))
    , m_closures(new QListWidget(this))
    , m_close(new QPushButton(tr("&Mark closed…"), this))
    , m_reopen(new QPushButton(tr("&Reopen this day"), this))
    , m_error(makeErrorLabel(this))
{
    setObjectName(u"calendarPage"_s);
    m_view->setObjectName(u"calendar"_s);
    m_view->setGridVisible(true);
    m_view->setVerticalHeaderFormat(QCalendarWidget::NoVerticalHeader);
    m_view->setSelectedDate(Clock::today());
    // Weeks run Monday to Sunday in China whatever the locale says, so the weekend sits together at the end.
    m_view->setFirstDayOfWeek(Qt::Monday);
    m_view->setMinimumSize(520, 340);
    m_view->setMaximumSize(760, 480);
    connect(m_view, &QCalendarWidget::currentPageChanged, this, &CalendarPage::showMonth);
    connect(m_view, &QCalendarWidget::selectionChanged, this, &CalendarPage::showSelectedDay);
    m_fallback->setObjectName(u"fallbackNotice"_s);
    m_fallback->setWordWrap(true);
    m_fallback->setStyleSheet(u"QLabel { background: #fff4d6; border: 1px solid #e0b84c; padding: 6px; }"_s);
    m_count->setObjectName(u"careDayCountLabel"_s);
    QFont bold = m_count->font();
    bold.setBold(true);
    m_count->setFont(bold);
    m_day->setObjectName(u"dayLabel"_s);
    m_day->setWordWrap(true);
    m_closures->setObjectName(u"closuresList"_s);
    m_closures->setMaximumHeight(140);
    m_close->setObjectName(u"markClosedButton"_s);
    m_reopen->setObjectName(u"reopenButton"_s);
    connect(m_close, &QPushButton::clicked, this, &CalendarPage::markClosed);
    connect(m_reopen, &QPushButton::clicked, this, &CalendarPage::reopen);
    const bool mayEdit = m_db.actor().may(Permission::EditInstitution);
    m_close->setVisible(mayEdit);
    m_reopen->setVisible(mayEdit);

    QStringList legend;
    for (Kind kind : allKinds)
        legend << colourSwatch(background(kind)) + u' ' + kindName(kind).toHtmlEscaped();
    auto* legendLabel = new QLabel(legend.join(u"&nbsp;&nbsp;&nbsp; "_s), this);
    legendLabel->setObjectName(u"calendarLegend"_s);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_close);
    buttons->addWidget(m_reopen);
    buttons->addStretch();
    auto* closuresTitle = new QLabel(tr("Closures this month"), this);
    closuresTitle->setFont(bold);
    auto* side = new QVBoxLayout;
    side->addWidget(m_count);
    side->addWidget(m_day);
    side->addLayout(buttons);
    side->addWidget(m_error);
    side->addSpacing(8);
    side->addWidget(closuresTitle);
    side->addWidget(m_closures);
    side->addStretch();
    auto* calendarColumn = new QVBoxLayout;
    calendarColumn->addWidget(m_view);
    calendarColumn->addWidget(legendLabel);
    calendarColumn->addStretch();
    auto* columns = new QHBoxLayout;
    columns->addLayout(calendarColumn, 3);
    columns->addLayout(side, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_fallback);
    layout->addLayout(columns, 1);
    reload();
}

void CalendarPage::showEvent(QShowEvent* event)
{
    // Closures and the official years may change elsewhere (settings, another user's session).
    reload();
    QWidget::showEvent(event);
}

Month CalendarPage::shownMonth() const
{
    return Month(m_view->yearShown(), m_view->monthShown());
}

void CalendarPage::reload()
{
    const Result<CareCalendar> calendar = CalendarRepository(m_db).load();
    showError(m_error, calendar ? QString() : calendar.error());
    if (calendar)
        m_calendar = calendar.value();
    showMonth();
}

void CalendarPage::showMonth()
{
    const Month month = shownMonth();
    // The day the buttons act on is always one the user sees.
    if (!month.contains(m_view->selectedDate()))
        m_view->setSelectedDate(month.contains(Clock::today()) ? Clock::today() : month.firstDay());
    colourMonth();
    const QString notice = m_calendar.fallbackNotice(month.year());
    m_fallback->setText(notice);
    m_fallback->setVisible(!notice.isEmpty());
    m_count->setText(tr("Care days in %1: %2").arg(month.toString()).arg(m_calendar.careDayCount(month)));
    m_closures->clear();
    const QMap<QDate, QString>& closures = m_calendar.closures();
    for (auto it = closures.lowerBound(month.firstDay()); it != closures.end() && month.contains(it.key()); ++it)
        m_closures->addItem(u"%1  %2"_s.arg(QLocale().toString(it.key(), QLocale::ShortFormat), it.value()));
    showSelectedDay();
}

void CalendarPage::colourMonth()
{
    // Every day of the six weeks shown, so the widget's own red weekends never contradict the calendar.
    m_view->setDateTextFormat(QDate(), QTextCharFormat());
    const QDate first = shownMonth().firstDay().addDays(-7);
    for (QDate day = first; day <= shownMonth().lastDay().addDays(14); day = day.addDays(1)) {
        const Kind kind = m_calendar.kind(day);
        QTextCharFormat format;
        format.setBackground(background(kind));
        format.setForeground(foreground(kind));
        format.setFontStrikeOut(kind == Kind::Closure);
        m_view->setDateTextFormat(day, format);
    }
}

QString CalendarPage::kindText(QDate day) const
{
    const Kind kind = m_calendar.kind(day);
    const QString date = QLocale().toString(day, QLocale::LongFormat);
    if (kind == Kind::Closure)
        return tr("%1: closed (%2).").arg(date, m_calendar.closures().value(day));
    return tr("%1: %2.").arg(date, kindName(kind));
}

void CalendarPage::showSelectedDay()
{
    const QDate day = m_view->selectedDate();
    const Kind kind = m_calendar.kind(day);
    const bool care = m_calendar.isCareDay(day);
    QString text = kindText(day);
    if (!care && kind != Kind::Closure && m_db.actor().may(Permission::EditInstitution))
        text += u' ' + tr("There is no care on this day anyway, so it cannot be marked closed.");
    m_day->setText(text);
    m_close->setEnabled(care);
    m_reopen->setEnabled(kind == Kind::Closure);
}

void CalendarPage::markClosed()
{
    const QDate day = m_view->selectedDate();
    QInputDialog ask(this);
    ask.setObjectName(u"closureReasonDialog"_s);
    ask.setWindowTitle(tr("Mark closed"));
    ask.setLabelText(tr("Why is the institution closed on %1? (e.g. heating repair)")
                         .arg(QLocale().toString(day, QLocale::LongFormat)));
    if (ask.exec() != QDialog::Accepted)
        return;
    const QString reason = ask.textValue().trimmed();
    if (reason.isEmpty()) {
        showError(m_error, tr("A closure needs its reason; the day was not closed."));
        return;
    }
    const Status saved = CalendarRepository(m_db).addClosure(day, reason);
    reload();
    showError(m_error, saved ? QString() : saved.error());
}

void CalendarPage::reopen()
{
    const Status saved = CalendarRepository(m_db).removeClosure(m_view->selectedDate());
    reload();
    showError(m_error, saved ? QString() : saved.error());
}
