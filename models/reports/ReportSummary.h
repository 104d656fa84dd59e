#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

// The lines a person reads first in a monthly report's payload: whose report, which month and revision, then the
// main figures (places used, 出勤率, certified caregivers, fees, the operating subsidy). A member the payload lacks
// is left out, so a report of another version still shows what it has.
class ReportSummary
{
    Q_DECLARE_TR_FUNCTIONS(ReportSummary)

public:
    struct Line
    {
        QString label;
        QString value;
    };

    static QList<Line> lines(const QJsonObject& payload);
};
