#pragma once

#include <QByteArray>
#include <QCoreApplication>

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

private:
    // The public key of a .jwk file the user picks; empty when cancelled or unreadable (after saying why).
    static QByteArray chosenPublicKey(QWidget* parent, const QString& folder);
};
