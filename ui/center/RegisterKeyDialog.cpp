#include "RegisterKeyDialog.h"

#include "center/CenterImport.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "store/Database.h"

#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

RegisterKeyDialog::RegisterKeyDialog(Database& db, const QByteArray& jwk, const PublicJwk& key, bool knownInstitution,
                                     QWidget* parent)
    : FormDialog(parent)
    , m_db(db)
    , m_jwk(jwk)
{
    setObjectName(u"registerKeyDialog"_s);
    setWindowTitle(tr("Register an institution's key"));
    const QString fingerprint = Jwk::grouped(Jwk::thumbprint(key.publicKey));
    setIntro(knownInstitution
                 ? tr("%1 is registered already with another key. A further key lets whoever holds it sign this "
                      "institution's reports: call its director on the number you know, have her read the "
                      "fingerprint from Institution & settings → Data safety and signing, and type it as she reads.")
                       .arg(key.name)
                 : tr("Call the director of %1 on the number you know and have her read the fingerprint of her key "
                      "(Institution & settings → Data safety and signing). Register the key only when every group "
                      "matches.")
                       .arg(key.name));

    auto addValue = [this](const QString& label, const QString& value, const QString& name) {
        auto* field = new QLabel(value, this);
        field->setObjectName(name);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form()->addRow(label, field);
        return field;
    };
    addValue(tr("Institution:"), key.name, u"institutionValue"_s);
    addValue(tr("Credit code:"), key.creditCode, u"creditCodeValue"_s);
    // Newer key files also say where the institution is and what kind it is.
    if (!key.county.isEmpty())
        addValue(tr("County:"), key.county, u"countyValue"_s);
    if (const std::optional<InstitutionType> type = InstitutionProfile::typeFromKey(key.type))
        addValue(tr("Type:"), InstitutionProfile::typeLabel(*type), u"typeValue"_s);
    QLabel* print = addValue(tr("Fingerprint:"), fingerprint, u"fingerprintValue"_s);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() + 2);
    print->setFont(mono);
    if (knownInstitution) {
        m_thumbprint = new QLineEdit(this);
        m_thumbprint->setObjectName(u"thumbprintEdit"_s);
        m_thumbprint->setPlaceholderText(tr("The fingerprint as the director reads it"));
        m_thumbprint->setFont(mono);
        form()->addRow(tr("Fingerprint &read back:"), m_thumbprint);
    }
    okButton()->setText(tr("&Register"));
    setMinimumWidth(620);
}

Status RegisterKeyDialog::save()
{
    const Result<Registration> registered
        = CenterRegistry::registerKey(m_db, m_jwk, m_thumbprint ? m_thumbprint->text() : QString());
    if (!registered)
        return registered.status();
    m_registration = registered.value();
    return {};
}

std::optional<RegisterKeyDialog::Done> RegisterKeyDialog::registerFromFile(Database& db, QWidget* parent)
{
    const QString title = tr("Register an institution's key");
    const QString path = FileDialog::openFileName(
        parent, title, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), tr("Public keys (*.jwk)"));
    if (path.isEmpty())
        return std::nullopt;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBox::critical(parent, title, tr("%1 could not be read: %2").arg(path, file.errorString()));
        return std::nullopt;
    }
    const QByteArray bytes = file.read(64 * 1024);
    const Result<PublicJwk> key = Jwk::parse(bytes);
    if (!key) {
        MessageBox::critical(
            parent, title,
            tr("%1 is not an institution's public key: %2").arg(QFileInfo(path).fileName(), key.error()));
        return std::nullopt;
    }
    const Result<QList<RegisteredInstitution>> known = CenterRegistry::institutions(db);
    if (!known) {
        MessageBox::critical(parent, title, known.error());
        return std::nullopt;
    }
    const QString thumbprint = Jwk::thumbprint(key->publicKey);
    bool knownInstitution = false;
    for (const RegisteredInstitution& institution : known.value())
        knownInstitution |= institution.creditCode == key->creditCode && !institution.thumbprints.contains(thumbprint);

    RegisterKeyDialog dialog(db, bytes, key.value(), knownInstitution, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const Registration& done = dialog.registration();
    QString message;
    switch (done.outcome) {
    case Registration::Outcome::NewInstitution:
        message = tr("Registered %1 (%2).").arg(done.name, done.creditCode);
        break;
    case Registration::Outcome::NewKey:
        message = tr("Registered a further key of %1 (%2).").arg(done.name, done.creditCode);
        break;
    case Registration::Outcome::AlreadyRegistered:
        message = tr("This key of %1 was registered already; nothing changed.").arg(done.name);
        break;
    }
    const Result<QList<ImportedFile>> retried = CenterImport::retryHeld(db);
    // Two sentences: joined as the language joins them.
    auto andThen
        = [&message](const QString& next) { return tr("%1 %2", "one sentence, then another").arg(message, next); };
    if (!retried)
        return Done {andThen(retried.error()), {}};
    if (retried->isEmpty())
        return Done {message, {}};
    const auto imported = std::count_if(retried->cbegin(), retried->cend(), [](const ImportedFile& file) {
        using V = ImportedFile::Verdict;
        return file.verdict == V::Imported || file.verdict == V::Superseding || file.verdict == V::OlderRevision;
    });
    return Done {andThen(tr("%n held file(s) of this institution imported.", nullptr, int(imported))), *retried};
}
