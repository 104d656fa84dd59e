#pragma once

#include "center/CenterImport.h"
#include "center/CenterRegistry.h"
#include "common/FormDialog.h"
#include "reports/Jwk.h"

#include <optional>

class Database;
class QLineEdit;

// Registers an institution's public key from its .jwk file: shows whose key it is and its fingerprint in groups of
// four, to be compared over the phone with the institution's director. A further key of an institution already
// registered would let its holder sign that institution's reports, so it is taken only with its fingerprint typed
// as the director reads it ("thumbprintEdit"); the registry refuses a wrong one and says why under the field.
class RegisterKeyDialog : public FormDialog
{
    Q_OBJECT

public:
    RegisterKeyDialog(Database& db, const QByteArray& jwk, const PublicJwk& key, bool knownInstitution,
                      QWidget* parent = nullptr);

    // What the registration did, once accepted.
    const Registration& registration() const { return m_registration; }

    struct Done
    {
        QString message; // what was done, in a sentence or two
        QList<ImportedFile> retried; // the held files offered again, with what became of them
    };
    // The whole flow: asks for the .jwk file, shows the dialog, registers, then imports the files held for want of
    // this key. nullopt when the user cancelled or the file could not be used (the reason then shown in a message
    // box).
    static std::optional<Done> registerFromFile(Database& db, QWidget* parent);

protected:
    Status save() override;

private:
    Database& m_db;
    QByteArray m_jwk;
    QLineEdit* m_thumbprint = nullptr;
    Registration m_registration;
};
