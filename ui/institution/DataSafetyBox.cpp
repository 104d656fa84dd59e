#include "DataSafetyBox.h"

#include "access/AuditLog.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "store/BackupCatalog.h"
#include "store/BackupManager.h"
#include "store/Database.h"
#include "store/RestorePlan.h"

#include <QDir>
#include <QHBoxLayout>
#include <QPushButton>

using namespace Qt::StringLiterals;

DataSafetyBox::DataSafetyBox(Database& db, QWidget* parent)
    : QGroupBox(tr("Data safety"), parent)
    , m_db(db)
{
    setObjectName(u"dataSafetyBox"_s);
    auto* layout = new QHBoxLayout(this);
    auto add = [this, layout](const QString& text, const QString& name, void (DataSafetyBox::*slot)()) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(name);
        connect(button, &QPushButton::clicked, this, slot);
        layout->addWidget(button);
    };
    const Actor& actor = db.actor();
    if (actor.may(Permission::ViewAudit))
        add(tr("&Verify the audit trail"), u"verifyAuditButton"_s, &DataSafetyBox::verifyAudit);
    if (actor.may(Permission::ManageBackups)) {
        add(tr("&Back up now"), u"backupButton"_s, &DataSafetyBox::backUpNow);
        add(tr("Re&store a backup…"), u"restoreButton"_s, &DataSafetyBox::chooseBackup);
    }
    layout->addStretch();
    setVisible(layout->count() > 1);
}

void DataSafetyBox::verifyAudit()
{
    const auto verdict = AuditLog::verify(m_db);
    if (!verdict)
        MessageBox::critical(this, tr("Audit trail"), verdict.error());
    else if (verdict->intact)
        MessageBox::information(this, tr("Audit trail"), verdict->message);
    else
        MessageBox::critical(this, tr("Audit trail"), verdict->message);
}

void DataSafetyBox::backUpNow()
{
    const Result<QString> written = BackupManager::createBackup(m_db);
    if (!written)
        MessageBox::critical(this, tr("Backup"), written.error());
    else
        MessageBox::information(this, tr("Backup"),
                                tr("The backup was written to %1.").arg(QDir::toNativeSeparators(written.value())));
}

void DataSafetyBox::chooseBackup()
{
    const QString path = FileDialog::openFileName(this, tr("Restore a backup"), BackupCatalog::folderFor(m_db.path()),
                                                  tr("DaycareDesk backups (*.db)"));
    if (path.isEmpty())
        return;
    const Result<RestorePlan> plan = RestorePlan::prepare(m_db, path);
    if (!plan || !plan->verdict()) {
        MessageBox::critical(this, tr("Restore a backup"), plan ? plan->verdict().error() : plan.error());
        return;
    }
    const QString question = tr("Replace the database with %1? DaycareDesk closes, restores the backup and starts "
                                "again. The database as it is now is kept in the backups folder.")
                                 .arg(QDir::toNativeSeparators(path));
    if (MessageBox::question(this, tr("Restore a backup"), question) == QMessageBox::Yes)
        emit restoreRequested(path);
}
