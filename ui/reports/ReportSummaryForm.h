#pragma once

#include "reports/RevisionSummary.h"

#include <QCoreApplication>

class PrintedFlow;
class QPagedPaintDevice;

// 月报摘要: the paper copy of an exported monthly report revision on A4 portrait. It names the signed file (its name,
// SHA-256, the previous revision's and the workbook's, the key's fingerprint), so the paper can be matched with the
// file the county has, then gives the month's figures section by section and the head's signature line.
class ReportSummaryForm
{
    Q_DECLARE_TR_FUNCTIONS(ReportSummaryForm)

public:
    explicit ReportSummaryForm(RevisionSummary summary);

    // Prints on the device (set up as A4 portrait here); returns the number of pages, 0 when the device could not
    // be painted on.
    int print(QPagedPaintDevice& device) const;

private:
    void addFile(PrintedFlow& flow) const;

    RevisionSummary m_summary;
};
