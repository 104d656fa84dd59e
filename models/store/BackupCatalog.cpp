#include "BackupCatalog.h"

#include "ReadOnlyConnection.h"
#include "Sql.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>
#include <optional>
#include <tuple>

using namespace Qt::StringLiterals;

namespace {

constexpr BackupKind allKinds[]
    = {BackupKind::Daily, BackupKind::Monthly, BackupKind::Manual, BackupKind::BeforeRestore};
const QString timeFormat = u"yyyy-MM-dd'T'HHmmss"_s;

QString baseName(const QString& databasePath)
{
    return QFileInfo(databasePath).completeBaseName();
}

// What a file name says, or nothing when the file is not one of this database's backups.
struct ParsedName
{
    BackupKind kind;
    QDateTime created;
    int sequence;
};

std::optional<ParsedName> parse(const QString& base, const QString& fileName)
{
    static const QRegularExpression pattern(
        u"^-(daily|monthly|manual|before-restore)-(\\d{4}-\\d{2}-\\d{2}T\\d{6})(?:-(\\d+))?\\.db$"_s);
    if (!fileName.startsWith(base))
        return std::nullopt;
    const QRegularExpressionMatch match = pattern.match(QStringView(fileName).mid(base.size()));
    if (!match.hasMatch())
        return std::nullopt;
    const QDateTime created = QDateTime::fromString(match.captured(2), timeFormat);
    if (!created.isValid())
        return std::nullopt;
    const auto kind = std::find_if(std::begin(allKinds), std::end(allKinds),
                                   [&](BackupKind k) { return BackupCatalog::kindKey(k) == match.captured(1); });
    return ParsedName {*kind, created, match.captured(3).toInt()};
}

int schemaVersionOf(const QString& path)
{
    const ReadOnlyConnection reader(path);
    const QVariant version = reader.isOpen() ? Sql::scalar(reader.connection(), u"PRAGMA user_version"_s) : QVariant();
    return version.isValid() ? version.toInt() : -1;
}

} // namespace

QString BackupCatalog::folderFor(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(u"backups"_s);
}

QString BackupCatalog::kindKey(BackupKind kind)
{
    switch (kind) {
    case BackupKind::Daily:
        return u"daily"_s;
    case BackupKind::Monthly:
        return u"monthly"_s;
    case BackupKind::Manual:
        return u"manual"_s;
    case BackupKind::BeforeRestore:
        return u"before-restore"_s;
    }
    return {};
}

QString BackupCatalog::kindLabel(BackupKind kind)
{
    switch (kind) {
    case BackupKind::Daily:
        return tr("daily");
    case BackupKind::Monthly:
        return tr("monthly");
    case BackupKind::Manual:
        return tr("manual");
    case BackupKind::BeforeRestore:
        return tr("before a restore");
    }
    return {};
}

QString BackupCatalog::newPath(const QString& databasePath, BackupKind kind, const QDateTime& at)
{
    const QDir folder(folderFor(databasePath));
    const QString stem = u"%1-%2-%3"_s.arg(baseName(databasePath), kindKey(kind), at.toString(timeFormat));
    QString path = folder.filePath(stem + u".db"_s);
    for (int sequence = 2; QFileInfo::exists(path); ++sequence)
        path = folder.filePath(u"%1-%2.db"_s.arg(stem).arg(sequence));
    return path;
}

QList<BackupInfo> BackupCatalog::scan(const QString& databasePath)
{
    const QString base = baseName(databasePath);
    QList<std::pair<BackupInfo, int>> found;
    for (const QFileInfo& file : QDir(folderFor(databasePath)).entryInfoList({base + u"-*.db"_s}, QDir::Files)) {
        if (const std::optional<ParsedName> name = parse(base, file.fileName()))
            found.append({{file.absoluteFilePath(), name->kind, name->created, file.size()}, name->sequence});
    }
    // Newest first; the path only orders a daily and a monthly copy made at the same moment.
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
        return std::tie(a.first.created, a.second, a.first.path) > std::tie(b.first.created, b.second, b.first.path);
    });
    QList<BackupInfo> backups;
    for (const auto& entry : std::as_const(found))
        backups.append(entry.first);
    return backups;
}

QList<BackupInfo> BackupCatalog::list(const QString& databasePath)
{
    QList<BackupInfo> backups = scan(databasePath);
    for (BackupInfo& backup : backups)
        backup.schemaVersion = schemaVersionOf(backup.path);
    return backups;
}
