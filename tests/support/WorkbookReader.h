#pragma once

#include "common/Result.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

// Reads a workbook back with another program, openpyxl, which Debian installs for its own python3: what a user's
// spreadsheet would find in the file, not what the writer meant to put there.

namespace WorkbookReaderDetail {

// Per sheet: name, cell values (dates as ISO text), cell types ("d" for a date, "n" a number, "s" text), number
// formats, and the page set-up (fitToWidth and fitToHeight as Excel reads them: 1 when the file leaves them out).
inline const char* script()
{
    return R"(import json, sys
import openpyxl
book = openpyxl.load_workbook(sys.argv[1])
def value(c):
    return c.value.date().isoformat() if c.is_date and c.value is not None else c.value
def kind(c):
    return "d" if c.is_date else c.data_type
def fit(pages):
    return 1 if pages is None else int(pages)  # left out of the file when 1, the default
print(json.dumps([{"name": s.title,
                   "rows": [[value(c) for c in row] for row in s.iter_rows()],
                   "types": [[kind(c) for c in row] for row in s.iter_rows()],
                   "formats": [[c.number_format for c in row] for row in s.iter_rows()],
                   "orientation": s.page_setup.orientation,
                   "paperSize": s.page_setup.paperSize,
                   "fitToWidth": fit(s.page_setup.fitToWidth),
                   "fitToHeight": fit(s.page_setup.fitToHeight),
                   "fitToPage": s.sheet_properties.pageSetUpPr.fitToPage if s.sheet_properties.pageSetUpPr else False,
                   "printTitleRows": s.print_title_rows,
                   "printGridLines": bool(s.print_options.gridLines),
                   "freezePanes": s.freeze_panes}
                  for s in book.worksheets], ensure_ascii=False, default=str))
)";
}

} // namespace WorkbookReaderDetail

// Every sheet of the workbook as openpyxl reads it, as JSON objects (see WorkbookReaderDetail::script).
inline Result<QJsonArray> readWorkbook(const QString& path)
{
    // The setup script installs the reader; a machine without it fails here rather than skipping the checks.
    const QString install
        = QStringLiteral("Reading the workbook needs python3 with openpyxl: install python3-openpyxl. ");
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"), QString::fromUtf8(WorkbookReaderDetail::script()), path});
    if (!python.waitForFinished(60000) || python.exitStatus() != QProcess::NormalExit)
        return Result<QJsonArray>::failure(install + python.errorString());
    if (python.exitCode() != 0)
        return Result<QJsonArray>::failure(install + QString::fromUtf8(python.readAllStandardError()));
    return QJsonDocument::fromJson(python.readAllStandardOutput()).array();
}

// A workbook number in fen: the file holds yuan as a double, which the test rounds back to the fen.
inline qint64 fenOf(const QJsonValue& cell)
{
    return qRound64(cell.toDouble() * 100);
}
