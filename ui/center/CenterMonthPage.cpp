#include "CenterMonthPage.h"

#include "common/Clock.h"
#include "common/Controls.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>

CenterMonthPage::CenterMonthPage(const QString& monthEditName, QWidget* parent)
    : QWidget(parent)
    , m_month(makeMonthEdit(Month::of(Clock::today()).previous(), monthEditName, this))
{
    connect(m_month, &QDateEdit::dateChanged, this, [this] {
        reload();
        emit monthChanged(month());
    });
}

QHBoxLayout* CenterMonthPage::makeMonthRow()
{
    auto* label = new QLabel(tr("&Month:"), this);
    label->setBuddy(m_month);
    auto* row = new QHBoxLayout;
    row->addWidget(label);
    row->addWidget(m_month);
    return row;
}

Month CenterMonthPage::month() const
{
    return Month::of(m_month->date());
}

void CenterMonthPage::setMonth(Month month)
{
    if (month != this->month())
        m_month->setDate(month.firstDay());
}

void CenterMonthPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}
