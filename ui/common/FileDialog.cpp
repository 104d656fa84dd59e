#include "FileDialog.h"

#include <QFileDialog>
#include <utility>

namespace {
QString nextFileName;

// The name a test set, used once; empty when none was set.
QString takeNextFileName()
{
    return std::exchange(nextFileName, QString());
}
} // namespace

QString FileDialog::saveFileName(QWidget* parent, const QString& caption, const QString& suggestedPath,
                                 const QString& filter)
{
    if (const QString path = takeNextFileName(); !path.isEmpty())
        return path;
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter);
}

QString FileDialog::openFileName(QWidget* parent, const QString& caption, const QString& folder, const QString& filter)
{
    if (const QString path = takeNextFileName(); !path.isEmpty())
        return path;
    return QFileDialog::getOpenFileName(parent, caption, folder, filter);
}

QStringList FileDialog::openFileNames(QWidget* parent, const QString& caption, const QString& folder,
                                      const QString& filter)
{
    if (const QString path = takeNextFileName(); !path.isEmpty())
        return {path};
    return QFileDialog::getOpenFileNames(parent, caption, folder, filter);
}

QString FileDialog::directory(QWidget* parent, const QString& caption, const QString& folder)
{
    if (const QString path = takeNextFileName(); !path.isEmpty())
        return path;
    return QFileDialog::getExistingDirectory(parent, caption, folder);
}

void FileDialog::setNextFileName(const QString& path)
{
    nextFileName = path;
}
