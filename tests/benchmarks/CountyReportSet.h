#pragma once

#include "common/Month.h"
#include "common/Result.h"
#include "institution/InstitutionProfile.h"
#include "reports/SigningKey.h"

#include <QByteArray>
#include <QDir>
#include <QList>
#include <QStringList>
#include <vector>

// An institution made up for a benchmark: a valid credit code in one of Changzhi's counties, its own Ed25519 key,
// and the children it cares for (indices into CountyReportSet::children).
struct CountyInstitution
{
    InstitutionProfile profile;
    SigningKey key;
    QString kid;
    QList<int> children;
    // Children who moved here from the institution before in CountyReportSet::MovedIn, and whom that one still
    // reports too, having not recorded their leaving.
    QList<int> movedIn;
};

// The signed monthly reports a county center receives from many institutions over a year, made without an
// institution database each: the payloads are written directly in the format of REPORT_FORMAT.md, with a full
// figures block and one operating-subsidy row per child. A few children are in two institutions' reports from
// MovedIn on, so the center's cross-institution checks have something to find.
class CountyReportSet
{
public:
    struct Child
    {
        QString idNumber;
        QString name;
        QDate birthDate;
        int birthOrder = 1;
    };

    // institutions from 1 to 999; children per institution from 20 to 80.
    static Result<CountyReportSet> make(int institutions);

    const std::vector<CountyInstitution>& institutions() const { return m_institutions; }
    const QList<Child>& children() const { return m_children; }
    // From this month on, a few children are in two institutions' reports: claimed twice, and over the year's
    // months once both institutions' months are counted.
    static inline const Month MovedIn {2026, 5};
    int childrenInTwoInstitutions() const { return m_shared; }
    // The JWK file each institution gives its center.
    QByteArray jwk(const CountyInstitution& institution) const;

    // Signs every institution's revision 1 of each month from first to last into dir, named as an institution
    // names them; the paths month by month, then by institution, as a center receives them.
    Result<QStringList> writeReports(const QDir& dir, Month first, Month last) const;

private:
    QByteArray signedReport(const CountyInstitution& institution, Month month) const;
    QJsonObject figures(const CountyInstitution& institution, Month month) const;

    std::vector<CountyInstitution> m_institutions;
    QList<Child> m_children;
    int m_shared = 0;
};
