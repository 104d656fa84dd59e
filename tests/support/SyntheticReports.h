#pragma once

#include "common/CreditCode.h"
#include "common/Month.h"
#include "reports/Jwk.h"
#include "reports/Jws.h"
#include "reports/ReportFile.h"
#include "reports/SigningKey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

// Signed monthly reports made without an institution's database: only the members a center reads are filled, so a
// test states exactly the figures it adds up and the children it claims.
struct SyntheticInstitution
{
    SigningKey key;
    QString creditCode;
    QString name;
    QString county;
    QString type = QStringLiteral("independent");
    int places = 30;
    int inclusivePlaces = 20;

    // number: 1…99, giving the institution its own credit code.
    static SyntheticInstitution make(int number, const QString& county,
                                     const QString& type = QStringLiteral("independent"))
    {
        const QString first17 = QStringLiteral("5214040%1MJY0%2").arg(number % 10).arg(number, 5, 10, QLatin1Char('0'));
        Result<SigningKey> key = SigningKey::generate();
        return {std::move(key.value()), first17 + CreditCode::checkCharacter(first17),
                QStringLiteral("机构%1").arg(number), county, type};
    }

    QByteArray jwk() const { return Jwk::toJson({key.publicKey(), name, creditCode, QString(), type}); }
};

struct SyntheticClaim
{
    QString idNumber;
    QString name;
    qint64 amountFen = 50000;
};

struct SyntheticFigures
{
    qint64 enrolled = 20;
    qint64 present = 380;
    qint64 expected = 400;
    qint64 caregivers = 5;
    qint64 certified = 4;
};

inline QByteArray syntheticReport(const SyntheticInstitution& who, Month month, int revision, const SyntheticFigures& f,
                                  const QList<SyntheticClaim>& claims)
{
    QJsonArray children;
    qint64 amount = 0;
    for (const SyntheticClaim& c : claims) {
        children.append(QJsonObject {{QStringLiteral("id_number"), c.idNumber},
                                     {QStringLiteral("name"), c.name},
                                     {QStringLiteral("class"), QStringLiteral("托小一班")},
                                     {QStringLiteral("amount_fen"), c.amountFen},
                                     {QStringLiteral("claimable"), true}});
        amount += c.amountFen;
    }
    const QJsonObject institution {
        {QStringLiteral("name"), who.name},     {QStringLiteral("credit_code"), who.creditCode},
        {QStringLiteral("county"), who.county}, {QStringLiteral("type"), who.type},
        {QStringLiteral("places"), who.places}, {QStringLiteral("inclusive_places"), who.inclusivePlaces}};
    const QJsonObject figures {
        {QStringLiteral("children"), QJsonObject {{QStringLiteral("enrolled"), f.enrolled}}},
        {QStringLiteral("attendance"),
         QJsonObject {{QStringLiteral("present"), f.present}, {QStringLiteral("expected"), f.expected}}},
        {QStringLiteral("staff"),
         QJsonObject {{QStringLiteral("caregivers"), f.caregivers},
                      {QStringLiteral("caregivers_certified"), f.certified}}},
        {QStringLiteral("operating_subsidy"),
         QJsonObject {{QStringLiteral("child_months"), qint64(claims.size())},
                      {QStringLiteral("amount_fen"), amount},
                      {QStringLiteral("children"), children}}}};
    const QJsonObject payload {{QStringLiteral("format"), ReportFile::MonthlyReportFormat.toString()},
                               {QStringLiteral("version"), ReportFile::MonthlyReportVersion},
                               {QStringLiteral("credit_code"), who.creditCode},
                               {QStringLiteral("month"), month.toString()},
                               {QStringLiteral("revision"), revision},
                               {QStringLiteral("institution"), institution},
                               {QStringLiteral("figures"), figures}};
    return Jws::sign(who.key, Jwk::thumbprint(who.key.publicKey()), ReportFile::MonthlyReportType.toString(),
                     QJsonDocument(payload).toJson(QJsonDocument::Compact));
}
