#include "DemoFamilies.h"

#include "common/Month.h"
#include "subsidy/BirthSubsidies.h"
#include "subsidy/ChildBasics.h"
#include "subsidy/InsuranceRoll.h"

#include <QRandomGenerator>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// The city's group policy for the year, 100 yuan per child: 1.7 million yuan covers the city's children under three
// at different rates (seed), and 100 yuan is a typical rate for children in care.
InsurancePolicy cityPolicy(qint64 childId, int year)
{
    InsurancePolicy p;
    p.childId = childId;
    p.policyNumber = u"PYDE%1140400000417"_s.arg(year);
    p.from = QDate(year, 1, 1);
    p.to = QDate(year, 12, 31);
    p.premium = Money::fromYuan(100);
    p.payer = InsurancePayer::City;
    return p;
}

ChildcareSubsidyAnswer pickAnswer(QRandomGenerator& rng)
{
    const int roll = int(rng.bounded(100));
    return roll < 60 ? ChildcareSubsidyAnswer::Yes
        : roll < 80  ? ChildcareSubsidyAnswer::No
                     : ChildcareSubsidyAnswer::Unknown;
}

} // namespace

Status DemoFamilies::record(Database& db, QRandomGenerator& rng, QDate today)
{
    const Result<QList<ChildBasics>> children = ChildBasics::enrolled(db);
    if (!children)
        return Status::failure(children.error());
    BirthSubsidies subsidies(db);
    InsuranceRoll roll(db);
    const QDate thisMonth = Month::of(today).firstDay();
    for (const ChildBasics& c : children.value()) {
        if (Status s = subsidies.setChildcareSubsidy(c.id, pickAnswer(rng)); !s)
            return s;
        if (c.birthOrder >= 2 && rng.bounded(2) == 0) {
            // Families apply in the months after the birth; about one application in three is granted already.
            const qint64 sinceBirth = std::max<qint64>(1, c.birthDate.daysTo(today) - 20);
            const QDate applied = c.birthDate.addDays(20 + qint64(rng.bounded(quint32(sinceBirth))));
            const QDate granted = rng.bounded(3) == 0
                ? applied.addDays(qint64(rng.bounded(quint32(std::max<qint64>(1, applied.daysTo(today))))))
                : QDate();
            if (Status s = subsidies.setApplied(c.id, std::min(applied, today), granted); !s)
                return s;
        }
        // Children who joined this month wait for the insurer's next monthly addition.
        if (c.enrolledOn < thisMonth)
            if (const Result<qint64> added = roll.add(cityPolicy(c.id, today.year())); !added)
                return Status::failure(added.error());
    }
    return {};
}
