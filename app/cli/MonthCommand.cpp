#include "MonthCommand.h"

#include "CliText.h"

using namespace Qt::StringLiterals;

int runForMonth(CliContext& context, CommandParser& parser, Permission permission,
                const std::function<int(Database&, Month)>& run)
{
    parser.addPositional(u"MONTH"_s, CliText::tr("The month, YYYY-MM."));
    if (const auto exit = parser.parse(1))
        return *exit;
    const Result<Month> month = Month::parse(parser.positional(0));
    if (!month)
        return context.reject({{u"MONTH"_s, parser.positional(0), month.error()}});
    int exitCode = ExitDone;
    Database* db = context.openAsUser(&exitCode, permission);
    if (!db)
        return exitCode;
    return run(*db, month.value());
}
