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

    // A section of the printed summary: its heading and its lines.
    struct Section
    {
        QString title;
        QList<Line> lines;
    };

    static QList<Line> lines(const QJsonObject& payload);
    // The month's figures in full, section by section (children, attendance, staff, fees, operating and birth
    // subsidies), for the paper copy of a report; a section the payload lacks is left out.
    static QList<Section> sections(const QJsonObject& payload);
};
