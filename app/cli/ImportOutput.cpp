#include "ImportOutput.h"

#include "CliContext.h"
#include "CliText.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QJsonArray problems(const FieldErrors& list)
{
    QJsonArray array;
    for (const FieldError& e : list)
        array.append(
            QJsonObject {{u"row"_s, e.row}, {u"column"_s, e.field}, {u"value"_s, e.value}, {u"message"_s, e.message}});
    return array;
}

QString line(const FieldError& e)
{
    return e.value.isEmpty() ? CliText::tr("Row %1, %2: %3").arg(e.row).arg(e.field, e.message)
                             : CliText::tr("Row %1, %2 \"%3\": %4").arg(e.row).arg(e.field, e.value, e.message);
}

} // namespace

int printImportReport(CliContext& context, const ImportReport& report, const ImportSummary& summary)
{
    for (const FieldError& w : report.warnings)
        context.printNotice(line(w));
    QJsonObject json {{u"added"_s, report.added},
                      {u"updated"_s, report.updated},
                      {u"warnings"_s, problems(report.warnings)},
                      {u"errors"_s, problems(report.errors)}};
    if (report.ok()) {
        for (auto it = summary.json.begin(); it != summary.json.end(); ++it)
            json.insert(it.key(), it.value());
        return context.done(json,
                            summary.text.isEmpty()
                                ? CliText::tr("Imported: %1 added, %2 updated.").arg(report.added).arg(report.updated)
                                : summary.text);
    }
    for (const FieldError& e : report.errors)
        context.printNotice(line(e));
    context.printNotice(CliText::tr("Nothing was imported."));
    if (context.json()) {
        json.insert(u"ok"_s, false);
        json.insert(u"exit_code"_s, int(ExitRejected));
        context.printJson(json);
    }
    return ExitRejected;
}
