#include "SignedMonthExport.h"

#include "CliText.h"
#include "MonthCommand.h"
#include "PassphraseOption.h"
#include "RevisionJson.h"

#include <QDir>

using namespace Qt::StringLiterals;

int runSignedMonthExport(CliContext& context, CommandParser& parser, Permission permission, const QString& command,
                         const MonthExporter& exportMonth)
{
    return runForMonth(context, parser, permission, [&](Database& db, Month month) {
        const QString out = parser.value(u"out"_s);
        if (out.isEmpty())
            return context.usage(CliText::tr("%1 needs --out DIR.").arg(command));
        int exitCode = ExitDone;
        const std::optional<QString> passphrase = PassphraseOption::read(context, parser, &exitCode);
        if (!passphrase)
            return exitCode;
        if (!QDir().mkpath(out))
            return context.fail(ExitFailed,
                                CliText::tr("Cannot make the folder %1.").arg(QDir::toNativeSeparators(out)));
        const Result<ExportedReport> exported = exportMonth(db, month, *passphrase, out);
        if (!exported)
            return context.fail(ExitRejected, exported.error());
        const QString file = QDir::toNativeSeparators(exported->reportPath);
        return context.done(exportedJson(exported.value()),
                            exported->newRevision ? CliText::tr("Wrote revision %1 of %2: %3")
                                                        .arg(exported->revision.revision)
                                                        .arg(month.toString(), file)
                                                  : CliText::tr("%1 has not changed since revision %2; wrote that "
                                                                "revision again: %3")
                                                        .arg(month.toString())
                                                        .arg(exported->revision.revision)
                                                        .arg(file));
    });
}
