#include "StatusKeys.h"

#include <QKeySequence>
#include <array>

using namespace Qt::StringLiterals;

namespace {

struct Keys
{
    AttendanceStatus status;
    Qt::Key digit;
    Qt::Key letter;
};

constexpr std::array<Keys, 4> table {{
    {AttendanceStatus::Present, Qt::Key_1, Qt::Key_P},
    {AttendanceStatus::Sick, Qt::Key_2, Qt::Key_S},
    {AttendanceStatus::Personal, Qt::Key_3, Qt::Key_L},
    {AttendanceStatus::Other, Qt::Key_4, Qt::Key_O},
}};

} // namespace

std::optional<AttendanceStatus> StatusKeys::statusFor(int key)
{
    for (const Keys& k : table)
        if (key == k.digit || key == k.letter)
            return k.status;
    return std::nullopt;
}

QString StatusKeys::keysOf(AttendanceStatus status)
{
    for (const Keys& k : table)
        if (k.status == status)
            return QKeySequence(k.digit).toString() + u" / "_s + QKeySequence(k.letter).toString();
    return {};
}
