#include "CliCommands.h"
#include "ImportOutput.h"
#include "roster/StaffImport.h"
#include "store/Database.h"

int runStaffImport(CliContext& context)
{
    return runImportCommand<StaffImport>(
        context, CliText::tr("Import staff and their certificates from a CSV file; all rows or none."));
}
