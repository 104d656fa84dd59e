#pragma once

#include "ReportFixtures.h"
#include "common/CreditCode.h"
#include "reports/Jwk.h"
#include "reports/MonthlyReports.h"

#include <optional>

// What an institution sends its county center: the signed report of a month and the file of its public key.
struct SentReport
{
    QString name;
    QString creditCode;
    QString reportPath;
    QString jwkPath;
    QString thumbprint;
    QByteArray publicKey;
};

// A credit code with its right check character.
inline QString creditCodeFrom(const QString& first17)
{
    return first17 + CreditCode::checkCharacter(first17);
}

// The report tests' institution with a closed November (on 2026-12-01), renamed to this name, credit code and
// county, its November report exported into `directory` and its public key written there as <credit code>.jwk.
// nullopt (with a warning) when it could not be made.
inline std::optional<SentReport> sendNovemberReport(const QString& directory, const QString& name,
                                                    const QString& creditCode, const QString& county)
{
    const QString passphrase = QStringLiteral("托育 月报 2026 签名口令");
    KeyInfo key;
    std::unique_ptr<TempDatabase> t = closedNovemberWithKey(passphrase, key);
    if (!t)
        return std::nullopt;
    Database& db = *t->db;
    InstitutionProfile profile = InstitutionRepository(db).load().value_or(std::nullopt).value_or(InstitutionProfile());
    profile.name = name;
    profile.creditCode = creditCode;
    profile.county = county;
    db.setActor(actorWithRole(Role::Director));
    const Result<FieldErrors> saved = InstitutionRepository(db).save(profile);
    if (!saved || !saved->isEmpty()) {
        qWarning().noquote() << (saved ? saved->first().message : saved.error());
        return std::nullopt;
    }
    const Result<ExportedReport> exported = MonthlyReports::exportMonth(db, Month(2026, 11), passphrase, directory);
    if (!exported) {
        qWarning().noquote() << exported.error();
        return std::nullopt;
    }
    SentReport sent {
        name,           creditCode,   exported->reportPath, directory + u'/' + creditCode + QStringLiteral(".jwk"),
        key.thumbprint, key.publicKey};
    if (const Status written = Jwk::writeFile(sent.jwkPath, PublicJwk::of(key.publicKey, profile)); !written) {
        qWarning().noquote() << written.error();
        return std::nullopt;
    }
    return sent;
}
