#include "SafeFile.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <filesystem>
#include <system_error>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace {

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

QString SafeFile::temporaryPathFor(const QString& target)
{
    QString path;
    do {
        path = u"%1.%2.partial"_s.arg(target).arg(qulonglong(QRandomGenerator::global()->generate()), 8, 16,
                                                  QChar(u'0'));
    } while (QFile::exists(path));
    return path;
}

Status SafeFile::sync(const QString& path)
{
    QFile file(path);
    // Opened for writing because Windows flushes only handles that may write.
    bool synced = file.open(QIODevice::ReadWrite);
#ifdef Q_OS_WIN
    synced = synced && _commit(file.handle()) == 0;
#else
    synced = synced && ::fsync(file.handle()) == 0;
#endif
    if (!synced)
        return Status::failure(tr("Could not write %1 to the disk: %2").arg(shown(path), file.errorString()));
    return {};
}

Result<QString> SafeFile::copyBeside(const QString& source, const QString& target)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return Result<QString>::failure(tr("Could not read %1: %2").arg(shown(source), in.errorString()));
    const QString temporary = temporaryPathFor(target);
    QFile out(temporary);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Result<QString>::failure(tr("Could not write %1: %2").arg(shown(temporary), out.errorString()));
    constexpr qint64 ChunkSize = 1 << 20;
    QString error;
    while (error.isEmpty() && !in.atEnd()) {
        const QByteArray chunk = in.read(ChunkSize);
        if (chunk.isEmpty() && in.error() != QFileDevice::NoError)
            error = tr("Could not read %1: %2").arg(shown(source), in.errorString());
        else if (out.write(chunk) != chunk.size())
            error = tr("Could not write %1: %2").arg(shown(temporary), out.errorString());
    }
    out.close();
    if (error.isEmpty()) {
        if (Status synced = sync(temporary); !synced)
            error = synced.error();
    }
    if (!error.isEmpty()) {
        QFile::remove(temporary);
        return Result<QString>::failure(error);
    }
    return temporary;
}

Status SafeFile::rename(const QString& temporary, const QString& target, bool replace)
{
    if (!replace) {
        // QFile::rename never overwrites, so a file that appeared under the final name meanwhile is kept.
        QFile file(temporary);
        if (!file.rename(target))
            return Status::failure(tr("Could not name the file %1: %2").arg(shown(target), file.errorString()));
        return {};
    }
    // std::filesystem::rename replaces the target in one step (rename(2), or MoveFileEx on Windows).
    std::error_code error;
    std::filesystem::rename(std::filesystem::path(temporary.toStdU16String()),
                            std::filesystem::path(target.toStdU16String()), error);
    if (error)
        return Status::failure(
            tr("Could not replace %1: %2").arg(shown(target), QString::fromLocal8Bit(error.message())));
    return {};
}

Status SafeFile::copy(const QString& source, const QString& target, bool replace)
{
    const Result<QString> temporary = copyBeside(source, target);
    if (!temporary)
        return Status::failure(temporary.error());
    const Status renamed = rename(temporary.value(), target, replace);
    if (!renamed)
        QFile::remove(temporary.value());
    return renamed;
}
