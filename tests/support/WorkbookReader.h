#pragma once

#include "common/Result.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QString>

// Every sheet of a workbook as another program (openpyxl) reads it: [{"name", "rows", "formats"}], cell values and
// number formats row by row. Debian installs openpyxl for its own python3; the setup script installs it, and a
// machine without it fails here rather than skipping the checks.
inline Result<QJsonArray> readWorkbook(const QString& path)
{
    static const QString script = QStringLiteral(R"(import json, sys
import openpyxl
book = openpyxl.load_workbook(sys.argv[1])
print(json.dumps([{"name": s.title,
                   "rows": [[c.value for c in row] for row in s.iter_rows()],
                   "formats": [[c.number_format for c in row] for row in s.iter_rows()]}
                  for s in book.worksheets], ensure_ascii=False))
)");
    const QString install
        = QStringLiteral("Reading the workbook needs python3 with openpyxl: install python3-openpyxl. ");
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, path});
    if (!python.waitForFinished(60000) || python.exitStatus() != QProcess::NormalExit)
        return Result<QJsonArray>::failure(install + python.errorString());
    if (python.exitCode() != 0)
        return Result<QJsonArray>::failure(install + QString::fromUtf8(python.readAllStandardError()));
    return QJsonDocument::fromJson(python.readAllStandardOutput()).array();
}

// A workbook number in fen: the file holds yuan as a double, which the test rounds back to the fen.
inline qint64 workbookFen(const QJsonValue& cell)
{
    return qRound64(cell.toDouble() * 100);
}
