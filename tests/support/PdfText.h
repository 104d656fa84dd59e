#pragma once

#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QtDebug>

// The text of a PDF as pdftotext (poppler-utils) reads it, one form feed after each page; empty (with a warning)
// when it cannot be read. Where the CJK face shares a glyph between an ideograph and a Kangxi radical (一 and ⼀),
// the PDF may name the radical: compatibility normalisation reads them as the ideograph again.
inline QString pdfText(const QString& path)
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty()) {
        qWarning("pdftotext (poppler-utils) is needed to read printed forms");
        return {};
    }
    QProcess process;
    process.start(pdftotext, {path, QStringLiteral("-")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        qWarning().noquote() << process.readAllStandardError();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
}
