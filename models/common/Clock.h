#pragma once

#include <QDate>
#include <QDateTime>

// "Today" for every rule that depends on it (the current month, expiry warnings, report timestamps). Tests and
// training sessions fix it; everything else reads the system clock.
class Clock
{
public:
    static QDateTime now();
    static QDate today() { return now().date(); }
    // Fixes the clock at a moment; an invalid QDateTime returns it to the system clock.
    static void setFixed(const QDateTime& moment);
};
