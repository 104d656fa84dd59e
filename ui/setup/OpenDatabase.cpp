#include "OpenDatabase.h"

#include "common/MessageBox.h"
#include "store/BackupManager.h"
#include "store/RestorePlan.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>

namespace {
class Text
{
    Q_DECLARE_TR_FUNCTIONS(OpenDatabase)
};
} // namespace

std::unique_ptr<Database> openDatabaseOrRecover(const QString& path, QWidget* parent)
{
    auto opened = Database::open(path);
    if (opened)
        return std::move(opened.value());

    const std::optional<BackupInfo> backup = BackupManager::newestGoodBackup(path);
    // Only a damaged or missing file may be replaced this way; a locked or newer one is left alone.
    const Result<RestorePlan> plan
        = backup ? RestorePlan::prepareRecovery(path, backup->path) : Result<RestorePlan>::failure(QString());
    if (!plan || !plan->verdict()) {
        MessageBox::critical(parent, Text::tr("DaycareDesk"), opened.error());
        return nullptr;
    }
    const QString question = Text::tr("%1\n\nThe newest good backup is from %2. Put it in the database's place? The "
                                      "damaged file is kept in the backups folder.")
                                 .arg(opened.error(), QLocale().toString(backup->created, QLocale::LongFormat));
    if (MessageBox::question(parent, Text::tr("Open a backup?"), question) != QMessageBox::Yes)
        return nullptr;
    if (const Result<QString> restored = plan->run(); !restored) {
        MessageBox::critical(parent, Text::tr("DaycareDesk"), restored.error());
        return nullptr;
    }
    auto reopened = Database::open(path);
    if (!reopened) {
        MessageBox::critical(parent, Text::tr("DaycareDesk"), reopened.error());
        return nullptr;
    }
    MessageBox::information(
        parent, Text::tr("Backup restored"),
        Text::tr("The backup from %1 is open. Changes made after it was taken must be entered again.")
            .arg(QLocale().toString(backup->created, QLocale::LongFormat)));
    return std::move(reopened.value());
}

bool restoreBackup(std::unique_ptr<Database> db, const QString& backupPath, QWidget* parent)
{
    const Result<RestorePlan> plan = RestorePlan::prepare(*db, backupPath);
    if (!plan || !plan->verdict()) {
        MessageBox::critical(parent, Text::tr("DaycareDesk"), plan ? plan->verdict().error() : plan.error());
        return false;
    }
    db.reset(); // the swap needs every connection closed
    const Result<QString> previous = plan->run();
    if (!previous) {
        MessageBox::critical(parent, Text::tr("DaycareDesk"), previous.error());
        return false;
    }
    MessageBox::information(parent, Text::tr("Backup restored"),
                            Text::tr("%1 was restored. The database as it was before is kept in %2.")
                                .arg(QDir::toNativeSeparators(backupPath), QDir::toNativeSeparators(previous.value())));
    return true;
}
