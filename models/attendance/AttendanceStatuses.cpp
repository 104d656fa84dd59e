#include "AttendanceStatuses.h"

#include "common/EnumNames.h"

using namespace Qt::StringLiterals;

namespace {

const QList<EnumName<AttendanceStatus>>& statusNames()
{
    static const QList<EnumName<AttendanceStatus>> names = {
        {AttendanceStatus::Present, u"present"_s, u"出勤"_s},
        {AttendanceStatus::Sick, u"sick"_s, u"病假"_s},
        {AttendanceStatus::Personal, u"personal"_s, u"事假"_s},
        {AttendanceStatus::Other, u"other"_s, u"其他"_s},
    };
    return names;
}

} // namespace

QList<AttendanceStatus> AttendanceStatuses::all()
{
    return enumValues(statusNames());
}

QString AttendanceStatuses::key(AttendanceStatus status)
{
    return enumKey(statusNames(), status);
}

QString AttendanceStatuses::chineseName(AttendanceStatus status)
{
    return enumChinese(statusNames(), status);
}

std::optional<AttendanceStatus> AttendanceStatuses::fromKey(const QString& text)
{
    return enumFromKey(statusNames(), text);
}

QString AttendanceStatuses::label(AttendanceStatus status)
{
    switch (status) {
    case AttendanceStatus::Present:
        return tr("Present");
    case AttendanceStatus::Sick:
        return tr("Sick");
    case AttendanceStatus::Personal:
        return tr("Personal leave");
    case AttendanceStatus::Other:
        return tr("Other absence");
    }
    return {};
}

QString AttendanceStatuses::symbol(AttendanceStatus status)
{
    switch (status) {
    case AttendanceStatus::Present:
        return tr("√", "register mark: present");
    case AttendanceStatus::Sick:
        return tr("S", "register mark: sick");
    case AttendanceStatus::Personal:
        return tr("L", "register mark: personal leave");
    case AttendanceStatus::Other:
        return tr("O", "register mark: other absence");
    }
    return {};
}
