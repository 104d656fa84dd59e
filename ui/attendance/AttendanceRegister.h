#pragma once

#include <QCoreApplication>
#include <QString>

class AttendanceGridModel;
class PrintedPages;
class QPagedPaintDevice;

// 儿童出勤登记表: a class's month as the paper register the institution signs and files, on A4 landscape pages:
// the grid of marks with each child's totals, the class totals and 出勤率, a legend and the signature lines.
// Children beyond a page continue on the next under the heading and the day columns repeated.
class AttendanceRegister
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceRegister)

public:
    AttendanceRegister(const AttendanceGridModel& model, QString institution, QString className);

    // Prints on the device (set up as A4 landscape here); returns the number of pages, 0 when the device could not
    // be painted on.
    int print(QPagedPaintDevice& device) const;

private:
    struct Columns;
    void drawDetails(PrintedPages& pages) const;
    qreal drawHeaderRow(PrintedPages& pages, const Columns& columns, qreal top) const;
    qreal drawChildRow(PrintedPages& pages, const Columns& columns, int row, qreal top) const;
    qreal drawTotalsRow(PrintedPages& pages, const Columns& columns, qreal top) const;
    void drawClosing(PrintedPages& pages, qreal top) const;

    const AttendanceGridModel& m_model;
    QString m_institution;
    QString m_className;
};
