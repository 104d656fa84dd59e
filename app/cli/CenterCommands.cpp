#include "CliCommands.h"
#include "CliText.h"
#include "CommandParser.h"
#include "MonthCommand.h"
#include "PassphraseOption.h"
#include "RevisionJson.h"
#include "center/CenterFindings.h"
#include "center/CenterImport.h"
#include "center/CenterMonth.h"
#include "center/CenterRegistry.h"
#include "center/CenterRollUp.h"
#include "common/Money.h"
#include "reports/Jwk.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

int centerRegister(CliContext& context)
{
    CommandParser parser(context, CliText::tr("Register an institution's public key (.jwk) with this center."));
    parser.addPositional(u"file"_s, CliText::tr("The institution's public key file (.jwk)."));
    parser.addOption(u"confirm-thumbprint"_s,
                     CliText::tr("The key's thumbprint as the institution's director read it out; needed for a "
                                 "further key of a registered institution."),
                     u"T"_s);
    if (const auto exit = parser.parse(1))
        return *exit;
    QFile file(parser.positional(0));
    if (!file.open(QIODevice::ReadOnly))
        return context.fail(ExitFailed,
                            CliText::tr("Cannot read the key file %1: %2").arg(file.fileName(), file.errorString()));
    int exitCode = ExitDone;
    Database* db = context.openAsUser(&exitCode, Permission::ManageCenter);
    if (!db)
        return exitCode;
    const Result<Registration> registered
        = CenterRegistry::registerKey(*db, file.read(64 * 1024), parser.value(u"confirm-thumbprint"_s));
    if (!registered)
        return context.fail(ExitRejected, registered.error());
    const QString fingerprint = Jwk::grouped(registered->thumbprint);
    QString text;
    QString outcome;
    switch (registered->outcome) {
    case Registration::Outcome::NewInstitution:
        outcome = u"new_institution"_s;
        text = CliText::tr("%1 (%2) is registered. Confirm its fingerprint with the director: %3");
        break;
    case Registration::Outcome::NewKey:
        outcome = u"new_key"_s;
        text = CliText::tr("A new key of %1 (%2) is registered beside its earlier ones: %3");
        break;
    case Registration::Outcome::AlreadyRegistered:
        outcome = u"already_registered"_s;
        text = CliText::tr("This key of %1 (%2) was registered already: %3");
        break;
    }
    return context.done({{u"outcome"_s, outcome},
                         {u"credit_code"_s, registered->creditCode},
                         {u"name"_s, registered->name},
                         {u"thumbprint"_s, registered->thumbprint},
                         {u"fingerprint"_s, fingerprint}},
                        text.arg(registered->name, registered->creditCode, fingerprint));
}

int centerInstitutions(CliContext& context)
{
    CommandParser parser(context, CliText::tr("The institutions registered with this center and their keys."));
    if (const auto exit = parser.parse(1))
        return *exit;
    int exitCode = ExitDone;
    Database* db = context.openAsUser(&exitCode, Permission::ManageCenter);
    if (!db)
        return exitCode;
    const Result<QList<RegisteredInstitution>> institutions = CenterRegistry::institutions(*db);
    if (!institutions)
        return context.fail(ExitFailed, institutions.error());
    QJsonArray list;
    QStringList lines;
    for (const RegisteredInstitution& i : institutions.value()) {
        QStringList fingerprints;
        for (const QString& t : i.thumbprints)
            fingerprints << Jwk::grouped(t);
        list.append(QJsonObject {{u"credit_code"_s, i.creditCode},
                                 {u"name"_s, i.name},
                                 {u"county"_s, i.county},
                                 {u"type"_s, i.type},
                                 {u"registered_at"_s, i.registeredAt.toString(Qt::ISODate)},
                                 {u"registered_by"_s, i.registeredBy},
                                 {u"thumbprints"_s, QJsonArray::fromStringList(i.thumbprints)}});
        lines << u"%1\t%2\t%3\t%4"_s.arg(i.creditCode, i.name, i.county, fingerprints.join(u", "_s));
    }
    return context.done({{u"institutions"_s, list}},
                        lines.isEmpty() ? CliText::tr("No institution is registered yet.") : lines.join(u'\n'));
}

int centerImport(CliContext& context)
{
    CommandParser parser(context, CliText::tr("Import signed monthly report files; each file gets its verdict."));
    parser.addRepeatedPositional(u"file"_s, CliText::tr("The signed report files (.ddreport.json)."));
    if (const auto exit = parser.parse(1))
        return *exit;
    int exitCode = ExitDone;
    Database* db = context.openAsUser(&exitCode, Permission::ManageCenter);
    if (!db)
        return exitCode;
    // Files signed by institutions registered since are tried again first.
    const Result<QList<ImportedFile>> retried = CenterImport::retryHeld(*db);
    if (!retried)
        return context.fail(ExitFailed, retried.error());
    const Result<QList<ImportedFile>> imported = CenterImport::importFiles(*db, parser.positionals());
    if (!imported)
        return context.fail(ExitFailed, imported.error());
    QJsonArray files;
    QStringList lines;
    bool refused = false;
    for (const ImportedFile& f : retried.value() + imported.value()) {
        files.append(QJsonObject {{u"file"_s, f.fileName},
                                  {u"sha256"_s, f.sha256},
                                  {u"verdict"_s, CenterImport::key(f.verdict)},
                                  {u"reason"_s, f.reason},
                                  {u"credit_code"_s, f.creditCode},
                                  {u"month"_s, f.month.isValid() ? f.month.toString() : QString()},
                                  {u"revision"_s, f.revision}});
        lines << (f.reason.isEmpty()
                      ? CliText::tr("%1: %2").arg(f.fileName, CenterImport::label(f.verdict))
                      : CliText::tr("%1: %2. %3").arg(f.fileName, CenterImport::label(f.verdict), f.reason));
        refused |= f.verdict == ImportedFile::Verdict::Rejected;
    }
    // A refused file is a failed check (exit 4); held files wait for a registration and are no failure.
    const ExitCode code = refused ? ExitIntegrity : ExitDone;
    if (context.json())
        context.printJson({{u"ok"_s, !refused}, {u"exit_code"_s, int(code)}, {u"files"_s, files}});
    else
        context.printText(lines.join(u'\n'));
    return code;
}

int centerStatus(CliContext& context)
{
    CommandParser parser(context,
                         CliText::tr("A month at this center: every institution with the state of its report and its "
                                     "figures, and the totals by county, by type and overall."));
    return runForMonth(context, parser, Permission::ManageCenter, [&](Database& db, Month month) {
        const Result<CenterMonth> status = CenterMonth::load(db, month);
        if (!status)
            return context.fail(ExitRejected, status.error());
        QStringList lines {CliText::tr("%1, due %2").arg(month.toString(), status->dueDate.toString(Qt::ISODate))};
        for (const CenterMonthRow& row : status->rows)
            lines << u"%1\t%2\t%3\t%4\t%5\t%6"_s.arg(
                row.via.isEmpty() ? row.name : CliText::tr("%1 (through %2)").arg(row.name, row.via), row.county,
                CenterMonth::statusLabel(row.status), row.revision ? u"r%1"_s.arg(row.revision) : QString(),
                CliText::tr("%1 enrolled / %2 places").arg(row.figures.enrolled).arg(row.figures.places),
                row.figures.attendance().percentText());
        const CenterFigures& t = status->total;
        lines << CliText::tr("Total: %1 of %2 reported; %3 enrolled / %4 places (%5); attendance %6; certified %7; "
                             "subsidy %8 child-months, %9")
                     .arg(t.reported)
                     .arg(t.institutions)
                     .arg(t.enrolled)
                     .arg(t.places)
                     .arg(t.placeUse().percentText(), t.attendance().percentText(), t.certified().percentText())
                     .arg(t.subsidyChildMonths)
                     .arg(Money::fromFen(t.subsidyFen).toString());
        return context.done(status->toJson(), lines.join(u'\n'));
    });
}

int centerFindings(CliContext& context)
{
    CommandParser parser(context,
                         CliText::tr("The month's cross-institution findings: a child claimed by two institutions, "
                                     "claimed in more months of the year than allowed, or more children claimed "
                                     "than approved inclusive places."));
    return runForMonth(context, parser, Permission::ManageCenter, [&](Database& db, Month month) {
        const Result<QList<CenterFinding>> findings = CenterFindings::find(db, month);
        if (!findings)
            return context.fail(ExitRejected, findings.error());
        QJsonArray list;
        QStringList lines;
        for (const CenterFinding& finding : findings.value()) {
            list.append(CenterFindings::toJson(finding));
            lines << u"%1: %2"_s.arg(CenterFindings::kindLabel(finding.kind), CenterFindings::describe(finding));
        }
        return context.done({{u"month"_s, month.toString()}, {u"findings"_s, list}},
                            lines.isEmpty() ? CliText::tr("Nothing found for %1.").arg(month.toString())
                                            : lines.join(u'\n'));
    });
}

int centerExport(CliContext& context)
{
    CommandParser parser(context,
                         CliText::tr("Export the county's roll-up of a month for the city center: a signed file and "
                                     "the roll-up workbook beside it. A month changed since its last export becomes "
                                     "the next revision."));
    parser.addOption(u"out"_s, CliText::tr("The folder to write the roll-up into."), u"DIR"_s);
    PassphraseOption::add(parser);
    return runForMonth(context, parser, Permission::ManageCenter, [&](Database& db, Month month) {
        const QString out = parser.value(u"out"_s);
        if (out.isEmpty())
            return context.usage(CliText::tr("center export needs --out DIR."));
        int exitCode = ExitDone;
        const std::optional<QString> passphrase = PassphraseOption::read(context, parser, &exitCode);
        if (!passphrase)
            return exitCode;
        const Result<ExportedReport> exported = CenterRollUp::exportMonth(db, month, *passphrase, out);
        if (!exported)
            return context.fail(ExitRejected, exported.error());
        return context.done(exportedJson(exported.value()),
                            CliText::tr("Wrote revision %1 of the %2 roll-up: %3")
                                .arg(exported->revision.revision)
                                .arg(month.toString(), QDir::toNativeSeparators(exported->reportPath)));
    });
}

} // namespace

int runCenter(CliContext& context)
{
    return runSubcommand(context,
                         {{u"register"_s, {}, centerRegister},
                          {u"institutions"_s, {}, centerInstitutions},
                          {u"import"_s, {}, centerImport},
                          {u"status"_s, {}, centerStatus},
                          {u"findings"_s, {}, centerFindings},
                          {u"export"_s, {}, centerExport}});
}
