#include "RouteSheetForm.h"

#include "itemmodels/DueTableModel.h"
#include "itemmodels/HouseholdTableModel.h"
#include "print/PrintedFlow.h"
#include "print/PrintedPages.h"

#include <QPagedPaintDevice>

namespace {

// Room for a signature and a note written on the doorstep.
constexpr qreal SignatureRowMm = 12;

} // namespace

RouteSheetForm::RouteSheetForm(QList<DueHousehold> due, QString team, QString township, QDate day)
    : m_due(std::move(due))
    , m_team(std::move(team))
    , m_township(std::move(township))
    , m_day(day)
{
}

QString RouteSheetForm::title() const
{
    return tr("Route sheet %1").arg(PrintedPages::dateText(m_day));
}

int RouteSheetForm::print(QPagedPaintDevice& device) const
{
    PrintedPages::setUpA4(device, QPageLayout::Landscape);
    PrintedPages pages(device, {m_team, tr("Home visit route sheet")});
    if (!pages.isActive())
        return 0;
    PrintedFlow flow(pages);
    flow.addLine(tr("%1 · households due for a visit on %2 · %n household(s)", nullptr, int(m_due.size()))
                     .arg(m_township, PrintedPages::dateText(m_day)),
                 11, true);
    if (m_due.isEmpty())
        flow.addLine(tr("No household is due for a visit."));
    const QList<PrintedFlow::Column> columns {{tr("No."), 0.4, Qt::AlignCenter},
                                              {tr("Household"), 1.1},
                                              {tr("Address"), 1.4},
                                              {tr("Children"), 1.5},
                                              {tr("Last visit"), 0.8, Qt::AlignCenter},
                                              {tr("Next visit"), 0.8, Qt::AlignCenter},
                                              {tr("Overdue"), 1.1},
                                              {tr("Signature on visit"), 1},
                                              {tr("Notes"), 1.4}};
    for (qsizetype start = 0; start < m_due.size();) {
        const QString village = m_due.at(start).household.village;
        QList<PrintedFlow::Row> rows;
        qsizetype end = start;
        for (; end < m_due.size() && m_due.at(end).household.village == village; ++end) {
            const DueHousehold& d = m_due.at(end);
            QString overdue = d.due ? tr("%n day(s)", nullptr, d.daysOverdue) : QString();
            if (d.longUnvisited)
                overdue = overdue.isEmpty() ? DueTableModel::longUnvisitedText()
                                            : overdue + u'\n' + DueTableModel::longUnvisitedText();
            PrintedFlow::Row row;
            row.minimumMm = SignatureRowMm;
            row.cells << PrintedFlow::Cell {QString::number(end - start + 1)}
                      << PrintedFlow::Cell {HouseholdTableModel::guardianText(d.household)}
                      << PrintedFlow::Cell {d.household.address}
                      << PrintedFlow::Cell {HouseholdTableModel::childrenText(d.household, m_day)}
                      << PrintedFlow::Cell {d.lastVisit.isValid() ? PrintedPages::dateText(d.lastVisit)
                                                                  : tr("Not visited yet")}
                      << PrintedFlow::Cell {PrintedPages::dateText(d.nextVisit)}
                      << PrintedFlow::Cell {overdue, d.longUnvisited} << PrintedFlow::Cell {} << PrintedFlow::Cell {};
            rows << row;
        }
        flow.addSpace(3);
        flow.addHeading(tr("%1 (%n household(s))", nullptr, int(end - start)).arg(village));
        flow.addTable(columns, rows);
        start = end;
    }
    flow.addSpace(6);
    flow.addLine(tr("Visitors: ________________      Date: ____________"));
    return flow.paint();
}
