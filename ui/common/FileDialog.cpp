#include "FileDialog.h"

#include <QFileDialog>

namespace {
QString nextFileName;
} // namespace

QString FileDialog::saveFileName(
    QWidget* parent, const QString& caption, const QString& suggestedPath, const QString& filter)
{
    if (!nextFileName.isEmpty()) {
        const QString path = nextFileName;
        nextFileName.clear();
        return path;
    }
    return QFileDialog::getSaveFileName(parent, caption, suggestedPath, filter);
}

void FileDialog::setNextFileName(const QString& path)
{
    nextFileName = path;
}
