#include "CliCommands.h"
#include "CliContext.h"
#include "common/Application.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QList<CliCommand> cliCommands()
{
    return {
        {u"init"_s, QCoreApplication::translate("cli", "Record the institution in a new database."), runInit},
        {u"info"_s, QCoreApplication::translate("cli", "Show the institution and the database."), runInfo},
        {u"demo"_s, QCoreApplication::translate("cli", "Fill a new database with a demo institution."), runDemo},
        {u"user"_s, QCoreApplication::translate("cli", "User accounts: add, list, passwd, disable, enable."), runUser},
        {u"audit"_s, QCoreApplication::translate("cli", "The audit trail: verify, export."), runAudit},
        {u"class"_s, QCoreApplication::translate("cli", "Classes: add, list."), runClass},
        {u"staff"_s, QCoreApplication::translate("cli", "Staff: list, import."), runStaff},
        {u"backup"_s, QCoreApplication::translate("cli", "Backups: create, list, restore."), runBackup},
        {u"roster"_s, QCoreApplication::translate("cli", "Children: import, list, export."), runRoster},
        {u"attendance"_s, QCoreApplication::translate("cli", "Attendance: summary, import."), runAttendance},
        {u"month"_s, QCoreApplication::translate("cli", "A month's fees: bill, close, reopen."), runMonth},
        {u"bills"_s, QCoreApplication::translate("cli", "A month's bills: export."), runBills},
        {u"payment"_s, QCoreApplication::translate("cli", "Payments for bills: add, refund."), runPayment},
        {u"receipt"_s, QCoreApplication::translate("cli", "Receipts: list, void."), runReceipt},
        {u"arrears"_s, QCoreApplication::translate("cli", "The unpaid bills of closed months."), runArrears},
        {u"claim"_s, QCoreApplication::translate("cli", "Operating subsidy claims: build, submit, record, export."),
         runClaim},
        {u"birth-subsidy"_s, QCoreApplication::translate("cli", "Families' birth subsidy (生育补贴): list, set."),
         runBirthSubsidy},
        {u"childcare-subsidy"_s, QCoreApplication::translate("cli", "Whether families applied for the 育儿补贴: set."),
         runChildcareSubsidy},
        {u"insurance"_s, QCoreApplication::translate("cli", "Children's accident insurance: add, list, export."),
         runInsurance},
        {u"key"_s,
         QCoreApplication::translate("cli",
                                     "The institution's signing keys: init, export, fingerprint, list, "
                                     "passphrase, rotate."),
         runKey},
        {u"report"_s, QCoreApplication::translate("cli", "Monthly reports for the county: export, list."), runReport},
        {u"verify"_s, QCoreApplication::translate("cli", "Check a signed report file's signature and format."),
         runVerify},
        {u"center"_s,
         QCoreApplication::translate("cli", "A county or city center: register institutions, import their reports."),
         runCenter},
        {u"household"_s, QCoreApplication::translate("cli", "An outreach team's households (户): import."),
         runHousehold},
        {u"visit"_s, QCoreApplication::translate("cli", "Home visits (入户指导): add, import."), runVisit},
        {u"outreach"_s, QCoreApplication::translate("cli", "An outreach team's plan and months: due, summary, export."),
         runOutreach},
    };
}

int runSubcommand(CliContext& context, const QList<CliCommand>& subcommands)
{
    const QString name = context.arguments().value(1);
    QStringList names;
    for (const CliCommand& sub : subcommands) {
        if (sub.name == name)
            return sub.run(context);
        names << sub.name;
    }
    return context.usage(QCoreApplication::translate("cli", "Usage: daycaredesk-cli %1 %2 ... (see --help of each)")
                             .arg(context.arguments().value(0), names.join(u'|')));
}

namespace {

QString overview()
{
    QStringList lines {QCoreApplication::translate("cli", "Usage: daycaredesk-cli [--db FILE] COMMAND [options]"),
                       QCoreApplication::translate("cli", "Without --db the GUI's database is used: %1")
                           .arg(Application::defaultDatabasePath()),
                       QString(), QCoreApplication::translate("cli", "Commands:")};
    for (const CliCommand& c : cliCommands())
        lines << u"  %1  %2"_s.arg(c.name, -17).arg(c.summary);
    lines << QString()
          << QCoreApplication::translate("cli", "Run daycaredesk-cli COMMAND --help for a command's options.")
          << QCoreApplication::translate("cli",
                                         "The password may also come from the environment variable "
                                         "DAYCAREDESK_PASSWORD.")
          << QCoreApplication::translate("cli", "A signing key's passphrase may come from DAYCAREDESK_PASSPHRASE.")
          << QCoreApplication::translate("cli",
                                         "Exit codes: 0 done, 1 failed, 2 usage error, 3 input rejected "
                                         "(nothing changed), 4 signature or integrity check failed.");
    return lines.join(u'\n');
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    Application::setIdentity();
    Application::installTranslations(app, QLocale());
    Application::fixClockFromEnvironment();

    QStringList args = app.arguments().mid(1);
    QString databasePath;
    CliContext::Login login;
    while (!args.isEmpty() && args.first().startsWith(u"--"_s)) {
        const QString option = args.takeFirst();
        if (option == u"--help"_s) {
            CliContext(QString(), {}).printText(overview());
            return ExitDone;
        }
        if (option == u"--version"_s) {
            CliContext(QString(), {}).printText(u"daycaredesk-cli "_s + QCoreApplication::applicationVersion());
            return ExitDone;
        }
        if (option == u"--db"_s && !args.isEmpty()) {
            databasePath = args.takeFirst();
        } else if (option.startsWith(u"--db="_s)) {
            databasePath = option.mid(5);
        } else if (option == u"--user"_s && !args.isEmpty()) {
            login.user = args.takeFirst();
        } else if (option == u"--password-file"_s && !args.isEmpty()) {
            login.passwordFile = args.takeFirst();
        } else {
            CliContext context(QString(), {});
            return context.usage(
                QCoreApplication::translate("cli", "Unknown option %1.\n\n%2").arg(option, overview()));
        }
    }
    if (args.isEmpty())
        return CliContext(QString(), {}).usage(overview());
    if (databasePath.isEmpty())
        databasePath = Application::defaultDatabasePath();

    const QString name = args.first();
    for (const CliCommand& command : cliCommands()) {
        if (command.name == name) {
            CliContext context(databasePath, args, login);
            return command.run(context);
        }
    }
    return CliContext(QString(), {})
        .usage(QCoreApplication::translate("cli", "Unknown command \"%1\".\n\n%2").arg(name, overview()));
}
