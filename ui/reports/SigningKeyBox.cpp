#include "SigningKeyBox.h"

#include "PassphraseDialog.h"
#include "common/Controls.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "institution/InstitutionRepository.h"
#include "reports/InstitutionKeys.h"
#include "reports/Jwk.h"
#include "store/Database.h"

#include <QDir>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SigningKeyBox::SigningKeyBox(Database& db, QWidget* parent)
    : QGroupBox(tr("Report signing key"), parent)
    , m_db(db)
    , m_fingerprint(new QLabel(this))
    , m_details(new QLabel(this))
    , m_make(makeButton(tr("&Make the signing key…"), u"makeKeyButton"_s, this))
    , m_export(makeButton(tr("E&xport the public key…"), u"exportKeyButton"_s, this))
    , m_passphrase(makeButton(tr("Change the &passphrase…"), u"changePassphraseButton"_s, this))
    , m_rotate(makeButton(tr("R&otate the key…"), u"rotateKeyButton"_s, this))
{
    setObjectName(u"signingKeyBox"_s);
    m_fingerprint->setObjectName(u"fingerprintValue"_s);
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    fixed.setPointSizeF(fixed.pointSizeF() * 1.2);
    m_fingerprint->setFont(fixed);
    m_details->setObjectName(u"keyDetailsLabel"_s);
    m_details->setWordWrap(true);

    connect(m_make, &QPushButton::clicked, this, &SigningKeyBox::makeKey);
    connect(m_export, &QPushButton::clicked, this, &SigningKeyBox::exportPublicKey);
    connect(m_passphrase, &QPushButton::clicked, this, &SigningKeyBox::changePassphrase);
    connect(m_rotate, &QPushButton::clicked, this, &SigningKeyBox::rotateKey);

    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_make, m_export, m_passphrase, m_rotate})
        buttons->addWidget(button);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_fingerprint);
    layout->addWidget(m_details);
    layout->addLayout(buttons);

    const Actor& actor = db.actor();
    setVisible(actor.may(Permission::ExportReports) || actor.may(Permission::ManageKeys));
    reload();
}

void SigningKeyBox::reload()
{
    const Result<QList<KeyInfo>> keys = InstitutionKeys(m_db).list();
    const bool manage = m_db.actor().may(Permission::ManageKeys);
    std::optional<KeyInfo> current;
    if (keys)
        for (const KeyInfo& key : keys.value())
            if (key.isCurrent())
                current = key;
    if (!keys) {
        m_fingerprint->setText(keys.error());
        m_details->clear();
    } else if (!current) {
        m_fingerprint->setText(tr("No signing key yet"));
        m_details->setText(manage ? tr("Reports are signed with the institution's key. Make it once, with a "
                                       "passphrase only you and whoever exports the reports know.")
                                  : tr("The director makes the signing key before the first report is exported."));
    } else {
        m_fingerprint->setText(tr("Fingerprint: %1").arg(Jwk::grouped(current->thumbprint)));
        const int retired = int(keys->size()) - 1;
        QString details = tr("Made %1 by %2. The county registers this key; read it the fingerprint to confirm.")
                              .arg(QLocale().toString(current->createdAt, QLocale::ShortFormat), current->createdBy);
        if (retired > 0)
            details += u' ' + tr("%n earlier key(s) are kept for checking older reports.", nullptr, retired);
        m_details->setText(details);
    }
    m_make->setVisible(manage && keys && !current);
    m_export->setVisible(current.has_value());
    m_passphrase->setVisible(manage && current);
    m_rotate->setVisible(manage && current);
}

std::optional<QString> SigningKeyBox::makeFirstKey(Database& db, QWidget* parent)
{
    QString made;
    PassphraseDialog dialog(
        PassphraseDialog::New, tr("Make the signing key"),
        tr("Choose a passphrase of at least %1 characters. It is asked for every time a report "
           "is exported; if it is forgotten, a new key must be made and registered with the "
           "county again.")
            .arg(InstitutionKeys::MinimumPassphraseLength),
        [&](const QString&, const QString& fresh) {
            const Status created = InstitutionKeys(db).create(fresh).status();
            if (created)
                made = fresh;
            return created;
        },
        parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return made;
}

void SigningKeyBox::makeKey()
{
    if (makeFirstKey(m_db, this))
        reload();
}

void SigningKeyBox::exportPublicKey()
{
    const auto institution = InstitutionRepository(m_db).load();
    const Result<std::optional<KeyInfo>> key = InstitutionKeys(m_db).current();
    if (!institution || !institution.value() || !key || !key.value()) {
        MessageBox::critical(this, tr("Export the public key"),
                             !institution ? institution.error()
                                 : !key   ? key.error()
                                          : tr("The institution is not set up yet."));
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = FileDialog::saveFileName(this, tr("Export the public key"),
                                                  QDir(folder).filePath(institution.value()->creditCode + u".jwk"_s),
                                                  tr("Public keys (*.jwk)"));
    if (path.isEmpty())
        return;
    const PublicJwk jwk = PublicJwk::of(key.value()->publicKey, *institution.value());
    if (Status written = Jwk::writeFile(path, jwk); !written)
        MessageBox::critical(this, tr("Export the public key"), written.error());
    else
        MessageBox::information(this, tr("Export the public key"),
                                tr("Written %1. Give it to the county and read them the fingerprint: %2")
                                    .arg(QDir::toNativeSeparators(path), Jwk::grouped(key.value()->thumbprint)));
}

void SigningKeyBox::changePassphrase()
{
    PassphraseDialog dialog(
        PassphraseDialog::Current | PassphraseDialog::New, tr("Change the passphrase"),
        tr("The key stays the same, and so does its fingerprint."),
        [this](const QString& current, const QString& fresh) {
            return InstitutionKeys(m_db).changePassphrase(current, fresh);
        },
        this);
    dialog.exec();
}

void SigningKeyBox::rotateKey()
{
    PassphraseDialog dialog(
        PassphraseDialog::Current, tr("Rotate the signing key"),
        tr("A new key replaces the current one, sealed with the same passphrase. The county must "
           "register the new public key before it accepts reports signed with it; the old key "
           "is kept so earlier reports can still be checked."),
        [this](const QString& current, const QString&) { return InstitutionKeys(m_db).rotate(current).status(); },
        this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}
