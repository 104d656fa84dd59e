#pragma once

#include "common/Month.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

class Database;

// Something the director should act on, and where in the program it is put right.
struct OverviewAlert
{
    enum class Kind
    {
        Outbreak,
        OverCapacity,
        ShortOfCaregivers,
        AgeOutsideClass,
        AgeingOut,
        ExpiringQualification,
        SickFollowUps,
        AttendanceGaps,
        MonthNotClosed,
        MonthNotReported,
        ReportChanged,
        OldArrears,
    };
    // The page, or the part of a page, that fixes it.
    enum class Place
    {
        Classes,
        Children,
        Staff,
        DailySheet,
        MonthGrid,
        FollowUps,
        Fees,
        Arrears,
        Subsidies,
        Reports,
    };

    Kind kind = Kind::Outbreak;
    Place place = Place::Classes;
    // The whole sentence, translated.
    QString text;
    // The class or month the place opens on, when there is one.
    qint64 classId = 0;
    Month month;
    // An outbreak: the 24-hour reporting duty runs.
    bool urgent = false;
};

// The overview's list of what needs doing on a day, over the user's scope (OverviewScope): outbreaks first, then
// the classes, the staff, attendance, the months to close and report, and the old arrears.
class OverviewAlerts
{
    Q_DECLARE_TR_FUNCTIONS(OverviewAlerts)

public:
    // Needs Permission::ViewRoster; each kind appears only for those who may act on it.
    static Result<QList<OverviewAlert>> load(Database& db, QDate day);
};
