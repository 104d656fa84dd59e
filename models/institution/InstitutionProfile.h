#pragma once

#include "common/FieldError.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

// Which kind of body keeps this database: a provider of day care, or a center that receives reports.
enum class InstitutionType
{
    Independent,
    Community,
    Family,
    Kindergarten,
    Employer,
    Medical,
    // Centers keep no children: they receive the signed reports of the institutions (a county) or of the county
    // centers (the city) below them.
    CountyCenter,
    CityCenter,
    // A rural infant-care service team (农村婴幼儿照护服务队): no places either; it visits families at home and sends
    // its county center a month of visits.
    OutreachTeam
};

// Who built and who runs the premises (公建公营 / 公建民营 / 民办).
enum class OperatingModel
{
    Public,
    PublicPrivate,
    Private
};

// The institution's identity as the county knows it: what the setup wizard and `init` record, and what every
// monthly report and claim header carries.
struct InstitutionProfile
{
    Q_DECLARE_TR_FUNCTIONS(InstitutionProfile)

public:
    QString name;
    QString creditCode;
    QString county;
    InstitutionType type = InstitutionType::Independent;
    OperatingModel operatingModel = OperatingModel::Private;
    bool inclusive = false;
    QDate inclusiveFrom;
    int inclusivePlaces = 0;
    int places = 0;
    QString township; // an outreach team's township (乡镇); empty for the others

    // Every problem, each naming its field; normalises the credit code on success of that field.
    FieldErrors validate(QDate today);
    // A county or city center rather than a provider of day care.
    bool isCenter() const { return isCenterType(type); }
    bool isOutreachTeam() const { return type == InstitutionType::OutreachTeam; }

    // The stable, untranslated form used by `info --json` and the monthly report's identity block.
    QJsonObject toJson() const;

    // Changzhi's 12 county-level units; a county outside the list is accepted as free text.
    static const QStringList& changzhiCounties();

    static QString typeKey(InstitutionType type);
    static std::optional<InstitutionType> typeFromKey(const QString& key);
    static QString typeLabel(InstitutionType type);
    // 独立托育机构, …: the name forms print whatever the interface language.
    static QString typeChineseName(InstitutionType type);
    // Providers first, then the two kinds of center, then the outreach team.
    static QList<InstitutionType> allTypes();
    static bool isCenterType(InstitutionType type);

    static QString operatingModelKey(OperatingModel model);
    static std::optional<OperatingModel> operatingModelFromKey(const QString& key);
    static QString operatingModelLabel(OperatingModel model);
    static QList<OperatingModel> allOperatingModels();

    bool operator==(const InstitutionProfile&) const = default;
};
