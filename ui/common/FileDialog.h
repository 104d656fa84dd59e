#pragma once

#include <QStringList>

class QWidget;

// The one way pages ask for a file name, so widget tests can give one without a native dialog: a test sets the
// next file name and the dialog is not shown.
class FileDialog
{
public:
    // Empty when the user cancelled.
    static QString saveFileName(QWidget* parent, const QString& caption, const QString& suggestedPath,
                                const QString& filter);

    // Empty when the user cancelled.
    static QString openFileName(QWidget* parent, const QString& caption, const QString& folder, const QString& filter);

    // Several files to read; empty when the user cancelled. A test's next file name is the one file chosen.
    static QStringList openFileNames(QWidget* parent, const QString& caption, const QString& folder,
                                     const QString& filter);

    // A folder to write files into; empty when the user cancelled.
    static QString directory(QWidget* parent, const QString& caption, const QString& folder);

    // Tests: answer the next dialog with this path instead of showing it.
    static void setNextFileName(const QString& path);
};
