#include "AppIcon.h"

#include <QDir>

using namespace Qt::StringLiterals;

QIcon appIcon()
{
    QIcon icon;
    for (const QFileInfo& size : QDir(u":/icons"_s).entryInfoList({u"daycaredesk-*.png"_s}, QDir::Files))
        icon.addFile(size.filePath());
    return icon;
}
