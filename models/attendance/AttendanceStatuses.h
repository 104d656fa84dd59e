#pragma once

#include "AttendanceRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

// Keys, Chinese names and labels of the attendance statuses, so the sheet, files and the command line agree.
class AttendanceStatuses
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceStatuses)

public:
    static QList<AttendanceStatus> all();
    // present, sick, personal, other: stored in the database and written in files.
    static QString key(AttendanceStatus status);
    // 出勤, 病假, 事假, 其他: what forms print and files may use, whatever the interface language.
    static QString chineseName(AttendanceStatus status);
    // Accepts the key or the Chinese name.
    static std::optional<AttendanceStatus> fromKey(const QString& text);
    static QString label(AttendanceStatus status);
    // The mark in a register's cell: one character (√, 病, 事, 其 in Chinese).
    static QString symbol(AttendanceStatus status);
};
