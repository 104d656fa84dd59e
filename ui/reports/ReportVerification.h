#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

class Database;
class QWidget;

// "Verify a report file…": asks for a signed report file and shows what checking it found, against the keys this
// database holds (the institution's own, retired ones included). A file signed with another key may then be
// checked against that institution's public key file (.jwk).
class ReportVerification
{
    Q_DECLARE_TR_FUNCTIONS(ReportVerification)

public:
    static void run(Database& db, QWidget* parent);
    // A report double-clicked in the file manager, checked before anyone logs in against the keys of the database
    // at databasePath when it opens (else the user may pick the signer's .jwk). Public keys are no secret and the
    // verdict shows only what the file holds, so this needs no login.
    static void runOnFile(const QString& reportPath, const QString& databasePath);

private:
    static void verify(const QString& path, const QList<QByteArray>& knownKeys, QWidget* parent);
    // Every key the institution ever had, retired ones included.
    static QList<QByteArray> publicKeysOf(Database& db);
    // The public key of a .jwk file the user picks; empty when cancelled or unreadable (after saying why).
    static QByteArray chosenPublicKey(QWidget* parent, const QString& folder);
};
