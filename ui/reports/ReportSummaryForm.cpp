#include "ReportSummaryForm.h"

#include "print/PrintedFlow.h"
#include "print/PrintedPages.h"

#include <QPagedPaintDevice>

ReportSummaryForm::ReportSummaryForm(RevisionSummary summary)
    : m_summary(std::move(summary))
{
}

int ReportSummaryForm::print(QPagedPaintDevice& device) const
{
    PrintedPages::setUpA4(device, QPageLayout::Portrait);
    PrintedPages pages(device, {m_summary.institutionName, tr("Monthly Report Summary")});
    if (!pages.isActive())
        return 0;
    PrintedFlow flow(pages);
    const ReportRevision& r = m_summary.revision;
    flow.addLine(tr("Month: %1      Revision: %2").arg(r.month.toString()).arg(r.revision), 11, true);
    if (m_summary.superseded())
        flow.addLine(
            tr("Superseded by revision %1: the county counts the latest revision.").arg(m_summary.latestRevision), 10,
            true);
    addFile(flow);
    for (const ReportSummary::Section& section : m_summary.sections) {
        QList<PrintedFlow::Field> fields;
        for (const ReportSummary::Line& line : section.lines)
            fields << PrintedFlow::Field {line.label, line.value};
        flow.addHeading(section.title);
        flow.addFields(fields);
    }
    // The signature stays with the figures it vouches for.
    flow.keepWithNext();
    flow.addSpace(5);
    flow.keepWithNext();
    flow.addLine(tr("Head of institution: ________________      Date: ____________      Institution's stamp:"));
    return flow.paint();
}

void ReportSummaryForm::addFile(PrintedFlow& flow) const
{
    const ReportRevision& r = m_summary.revision;
    flow.addHeading(tr("The signed file"));
    QList<PrintedFlow::Field> fields {
        {tr("File"), r.fileName},
        {tr("SHA-256 of the file"), r.fileSha256},
    };
    if (!r.previousSha256.isEmpty())
        fields << PrintedFlow::Field {tr("SHA-256 of revision %1's file").arg(r.revision - 1), r.previousSha256};
    fields << PrintedFlow::Field {tr("SHA-256 of the workbook"), m_summary.workbookSha256}
           << PrintedFlow::Field {tr("Signing key's fingerprint"), m_summary.keyFingerprint}
           << PrintedFlow::Field {tr("Unified social credit code"), m_summary.creditCode}
           << PrintedFlow::Field {
                  tr("Exported"),
                  tr("%1 by %2").arg(r.exportedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")), r.exportedBy)};
    flow.addFields(fields, 1);
    flow.addLine(tr("A file matches this paper when its SHA-256 (sha256sum, certutil -hashfile … SHA256) equals the "
                    "one above."),
                 8);
}
