#include "OptionalDateEdit.h"

#include "common/Clock.h"

#include <QCalendarWidget>
#include <QKeyEvent>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace {

// Below any real date in day care, so it can stand for "no date".
const QDate Empty(1900, 1, 1);

} // namespace

OptionalDateEdit::OptionalDateEdit(QWidget* parent)
    : QDateEdit(parent)
{
    setDisplayFormat(u"yyyy-MM-dd"_s);
    setCalendarPopup(true);
    setMinimumDate(Empty);
    setSpecialValueText(u"—"_s);
    setDate(Empty);
}

QDate OptionalDateEdit::value() const
{
    return date() == Empty ? QDate() : date();
}

void OptionalDateEdit::setValue(QDate date)
{
    setDate(date.isValid() ? date : Empty);
}

void OptionalDateEdit::keyPressEvent(QKeyEvent* event)
{
    const bool erase = event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace;
    if (erase && (lineEdit()->selectedText() == lineEdit()->text() || date() == Empty)) {
        setDate(Empty);
        return;
    }
    // Typing into an empty field starts from today rather than from 1900.
    if (date() == Empty && !event->text().isEmpty() && event->text().at(0).isDigit())
        setDate(Clock::today());
    QDateEdit::keyPressEvent(event);
}

void OptionalDateEdit::mousePressEvent(QMouseEvent* event)
{
    // The calendar opens on this month, not on January 1900.
    if (date() == Empty)
        calendarWidget()->setSelectedDate(Clock::today());
    QDateEdit::mousePressEvent(event);
}
