#include "SignedExportFlow.h"

#include "common/FileDialog.h"
#include "reports/InstitutionKeys.h"
#include "reports/PassphraseDialog.h"
#include "reports/SigningKeyBox.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

std::optional<ExportedReport> SignedExportFlow::run(Database& db, QWidget* parent, const Texts& texts,
                                                    const Write& write, QString& error)
{
    error.clear();
    // A database set up from the command line has no key yet; it is made on first use.
    std::optional<QString> newKeyPassphrase;
    if (const Result<std::optional<KeyInfo>> key = InstitutionKeys(db).current(); key && !key.value()) {
        if (!db.actor().may(Permission::ManageKeys)) {
            error = texts.noKey;
            return std::nullopt;
        }
        newKeyPassphrase = SigningKeyBox::makeFirstKey(db, parent);
        if (!newKeyPassphrase)
            return std::nullopt;
    }
    const QString folder = FileDialog::directory(parent, texts.folderCaption,
                                                 QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (folder.isEmpty())
        return std::nullopt;
    std::optional<ExportedReport> exported;
    auto run = [&](const QString& passphrase) -> Status {
        const Result<ExportedReport> result = write(passphrase, folder);
        if (result)
            exported = result.value();
        return result.status();
    };
    if (newKeyPassphrase) {
        if (const Status written = run(*newKeyPassphrase); !written)
            error = written.error();
        return exported;
    }
    PassphraseDialog dialog(
        PassphraseDialog::Current, texts.signTitle, texts.signIntro,
        [&](const QString& passphrase, const QString&) { return run(passphrase); }, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return exported;
}

QString SignedExportFlow::writtenMessage(const ExportedReport& exported, const QString& subject)
{
    const QString file = QDir::toNativeSeparators(exported.reportPath);
    const QString workbook = QDir::toNativeSeparators(exported.workbookPath);
    if (exported.newRevision)
        return QCoreApplication::translate("SignedExportFlow", "Wrote revision %1 of %2: %3, and its workbook %4.")
            .arg(exported.revision.revision)
            .arg(subject, file, workbook);
    return QCoreApplication::translate("SignedExportFlow",
                                       "Nothing in %1 has changed since revision %2; wrote that "
                                       "revision again: %3, and its workbook %4.")
        .arg(subject)
        .arg(exported.revision.revision)
        .arg(file, workbook);
}
