#pragma once

#include <QList>
#include <QString>

class CliContext;

// One subcommand of daycaredesk-cli.
struct CliCommand
{
    QString name;
    QString summary;
    int (*run)(CliContext&);
};

QList<CliCommand> cliCommands();
// Runs the subcommand named by the second word (`user add ...`), or prints the usage line.
int runSubcommand(CliContext& context, const QList<CliCommand>& subcommands);

int runInit(CliContext& context);
int runInfo(CliContext& context);
int runDemo(CliContext& context);
int runUser(CliContext& context);
int runAudit(CliContext& context);
int runBackup(CliContext& context);
int runClass(CliContext& context);
int runRoster(CliContext& context);
int runStaff(CliContext& context);
int runStaffImport(CliContext& context);
int runAttendance(CliContext& context);
int runMonth(CliContext& context);
int runBills(CliContext& context);
int runPayment(CliContext& context);
int runReceipt(CliContext& context);
int runArrears(CliContext& context);
int runClaim(CliContext& context);
int runBirthSubsidy(CliContext& context);
int runChildcareSubsidy(CliContext& context);
int runInsurance(CliContext& context);
int runKey(CliContext& context);
int runReport(CliContext& context);
int runVerify(CliContext& context);
int runCenter(CliContext& context);
int runHousehold(CliContext& context);
int runVisit(CliContext& context);
int runOutreach(CliContext& context);
