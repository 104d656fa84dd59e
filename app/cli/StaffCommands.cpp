#include "CliCommands.h"
#include "CliText.h"

using namespace Qt::StringLiterals;

int runStaff(CliContext& context)
{
    return runSubcommand(context, {{u"import"_s, CliText::tr("Import staff from a CSV file."), runStaffImport}});
}
