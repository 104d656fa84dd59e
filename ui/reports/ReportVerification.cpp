#include "ReportVerification.h"

#include "ReportVerdictDialog.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "reports/InstitutionKeys.h"
#include "reports/Jwk.h"
#include "reports/ReportFile.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

QByteArray ReportVerification::chosenPublicKey(QWidget* parent, const QString& folder)
{
    const QString path
        = FileDialog::openFileName(parent, tr("The signer's public key"), folder, tr("Public keys (*.jwk)"));
    if (path.isEmpty())
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBox::critical(parent, tr("Verify a report file"),
                             tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return {};
    }
    const Result<PublicJwk> jwk = Jwk::parse(file.readAll());
    if (!jwk) {
        MessageBox::critical(parent, tr("Verify a report file"), jwk.error());
        return {};
    }
    return jwk->publicKey;
}

QList<QByteArray> ReportVerification::publicKeysOf(Database& db)
{
    QList<QByteArray> publicKeys;
    for (const KeyInfo& key : InstitutionKeys(db).list().value_or({}))
        publicKeys << key.publicKey;
    return publicKeys;
}

void ReportVerification::run(Database& db, QWidget* parent)
{
    const QString path = FileDialog::openFileName(parent, tr("Verify a report file"),
                                                  QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                  tr("Signed reports (*.ddreport.json);;All files (*)"));
    if (!path.isEmpty())
        verify(path, publicKeysOf(db), parent);
}

void ReportVerification::runOnFile(const QString& reportPath, const QString& databasePath)
{
    QList<QByteArray> knownKeys;
    if (const auto db = Database::open(databasePath, Database::OpenMode::ExistingOnly))
        knownKeys = publicKeysOf(*db.value());
    verify(reportPath, knownKeys, nullptr);
}

void ReportVerification::verify(const QString& path, const QList<QByteArray>& knownKeys, QWidget* parent)
{
    ReportVerdict verdict = ReportFile::verify(path, knownKeys);
    if (verdict.kind == ReportVerdict::UnknownKey) {
        const QString question = tr("%1\n\nCheck it against the public key file (.jwk) of the institution that "
                                    "sent it?")
                                     .arg(verdict.message);
        if (MessageBox::question(parent, tr("Verify a report file"), question) == QMessageBox::Yes) {
            const QByteArray publicKey = chosenPublicKey(parent, QFileInfo(path).absolutePath());
            if (publicKey.isEmpty())
                return;
            verdict = ReportFile::verify(path, {publicKey});
        }
    }
    ReportVerdictDialog dialog(path, verdict, parent);
    dialog.exec();
}
