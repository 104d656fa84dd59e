#include "PrintOutput.h"

#include "common/FileDialog.h"
#include "common/MessageBox.h"

#include <QDir>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSaveFile>

Result<int> PrintOutput::saveAsPdf(const QString& path, const PrintFunction& print)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result<int>::failure(tr("Could not write %1: %2").arg(path, file.errorString()));
    int pages = 0;
    {
        // The writer finishes the file when it goes.
        QPdfWriter writer(&file);
        writer.setCreator(QCoreApplication::applicationName());
        pages = print(writer);
    }
    if (pages == 0) {
        file.cancelWriting();
        return Result<int>::failure(tr("Could not write %1.").arg(path));
    }
    if (!file.commit())
        return Result<int>::failure(tr("Could not write %1: %2").arg(path, file.errorString()));
    return pages;
}

void PrintOutput::saveAsPdfAsking(QWidget* parent, const QString& title, const PrintFunction& print)
{
    if (const QString path = askPdfPath(parent, title); !path.isEmpty())
        saveAsPdfTelling(parent, path, print);
}

QString PrintOutput::askPdfPath(QWidget* parent, const QString& title)
{
    return FileDialog::saveFileName(parent, tr("Save %1 as PDF").arg(title),
                                    QDir::home().filePath(title + QStringLiteral(".pdf")), tr("PDF files (*.pdf)"));
}

void PrintOutput::saveAsPdfTelling(QWidget* parent, const QString& path, const PrintFunction& print)
{
    const Result<int> pages = saveAsPdf(path, print);
    if (!pages) {
        MessageBox::critical(parent, tr("Not saved"), pages.error());
        return;
    }
    MessageBox::information(parent, tr("Saved as PDF"),
                            tr("Saved %n page(s) to %1.", nullptr, pages.value()).arg(QDir::toNativeSeparators(path)));
}

void PrintOutput::preview(QWidget* parent, const QString& title, const PrintFunction& print)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("printPreviewDialog"));
    dialog.setWindowTitle(title);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&print](QPrinter* target) { print(*target); });
    dialog.exec();
}
