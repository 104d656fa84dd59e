#include "CliCommands.h"
#include "CliText.h"
#include "CommandParser.h"
#include "MonthCommand.h"
#include "billing/BillsExport.h"

using namespace Qt::StringLiterals;

namespace {

int billsExport(CliContext& context)
{
    CommandParser parser(context,
                         CliText::tr("Export a month's bills: per child each kind of fee and the total due, with a "
                                     "totals row; a workbook also lists every bill line."));
    parser.addOption(u"out"_s, CliText::tr("The file to write: FILE.xlsx or FILE.csv."), u"FILE"_s);
    return runForMonth(context, parser, Permission::ViewFees, [&](Database& db, Month month) {
        const QString path = parser.value(u"out"_s);
        if (path.isEmpty())
            return context.usage(CliText::tr("bills export needs --out FILE."));
        if (Status written = BillsExport::write(db, month, path); !written)
            return context.fail(ExitFailed, written.error());
        return context.done({{u"month"_s, month.toString()}, {u"file"_s, path}},
                            CliText::tr("Wrote the bills of %1 to %2.").arg(month.toString(), path));
    });
}

} // namespace

int runBills(CliContext& context)
{
    return runSubcommand(context, {{u"export"_s, {}, billsExport}});
}
