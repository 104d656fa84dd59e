#pragma once

#include "CenterFigures.h"
#include "common/Month.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <optional>

class Database;

// Where an institution's report for a month stands with its center.
enum class ReportingStatus
{
    Reported,
    NotReported, // not in yet, and not due yet
    Late, // not in, and its due date has passed
};

// One institution in a month: its report's revision and figures, or why there are none. For a city center the
// institutions are those its county centers' roll-ups list, each with the county center that sent it.
struct CenterMonthRow
{
    QString creditCode;
    QString name;
    QString county;
    QString type; // the institution type key of REPORT_FORMAT.md
    QString via; // the county center whose roll-up carried the row; empty for a report received directly
    ReportingStatus status = ReportingStatus::NotReported;
    int revision = 0;
    QString reportSha256;
    CenterFigures figures; // counts the institution, and adds its figures once reported
    QString township; // an outreach team's, from its file
};

// Someone who sends this center signed files: an institution (to a county) or a county center (to the city).
struct CenterSender
{
    qint64 id = 0;
    QString creditCode;
    QString name;
    QString county;
    QString type;
    ReportingStatus status = ReportingStatus::NotReported;
    int revision = 0;
    QString fileName;
    QDateTime importedAt; // when the current revision was imported
    bool rollUp = false; // the current file is a county center's roll-up
    bool olderRevisionArrived = false; // an older revision of the month came in after the current one
    bool arrivedLate = false; // its first file of the month came in after the due date
};

// A group's total: a county, or an institution type.
struct CenterGroupTotal
{
    QString key;
    CenterFigures figures;
};

// A center's month: every sender with the state of its report, every institution with its figures, and the totals
// by county, by institution type and overall, each added from whole numbers. Needs Permission::ManageCenter.
struct CenterMonth
{
    Q_DECLARE_TR_FUNCTIONS(CenterMonth)

public:
    Month month;
    QDate dueDate; // the last day a report of the month is on time (policy report.days_after_month)
    QList<CenterSender> senders; // by county, then name
    QList<CenterMonthRow> rows; // by county, then name
    QList<CenterGroupTotal> byCounty; // by county
    QList<CenterGroupTotal> byType; // by type key
    // The outreach teams' figures by township, keyed "county township": the households and children reached.
    QList<CenterGroupTotal> byTownship;
    CenterFigures total;

    static Result<CenterMonth> load(Database& db, Month month);
    // The operating subsidy claimed in each month from first to last, in fen, oldest first: what load's totals say
    // of each month, read in one pass for a chart of the year.
    static Result<QList<qint64>> subsidyClaimed(Database& db, Month first, Month last);

    // The stable form of `center status --json`.
    QJsonObject toJson() const;

    static QString statusKey(ReportingStatus status);
    static std::optional<ReportingStatus> statusFromKey(const QString& key);
    static QString statusLabel(ReportingStatus status);
    // 已报送, …: the roll-up workbook is in Chinese whatever the interface language.
    static QString statusChineseName(ReportingStatus status);
};
