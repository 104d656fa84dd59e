#pragma once

#include "RosterFixtures.h"
#include "common/IdNumber.h"

// Children of the family-subsidy and insurance tests, each with a valid ID number made from her birth date.

// "140402" + birth date + a three-digit sequence (even: a girl) + the check character.
inline QString idNumberFor(QDate birth, int sequence)
{
    const QString first17 = QStringLiteral("140402") + birth.toString(QStringLiteral("yyyyMMdd"))
        + QStringLiteral("%1").arg(sequence * 2, 3, 10, QLatin1Char('0'));
    return first17 + IdNumber::checkCharacter(first17);
}

// A girl in care from enrolledOn (to withdrawnOn, if valid) with 孩次 birthOrder and one guardian.
inline ChildRecord familyChild(const QString& name, QDate birth, int birthOrder, QDate enrolledOn = QDate(2026, 9, 1),
                               QDate withdrawnOn = {})
{
    static int sequence = 0;
    ChildRecord c = enrolledGirl();
    c.name = name;
    c.birthDate = birth;
    c.idNumber = idNumberFor(birth, ++sequence);
    c.birthOrder = birthOrder;
    c.enrolledOn = enrolledOn;
    c.withdrawnOn = withdrawnOn;
    return c;
}

// Adds the child in classId from her enrolment (0 with a warning on failure).
inline qint64 addFamilyChild(Database& db, qint64 classId, const ChildRecord& child)
{
    const Result<qint64> id
        = ChildRepository(db).add(child, Placement {classId, CareType::FullDay, child.enrolledOn, child.withdrawnOn});
    if (!id) {
        qWarning().noquote() << child.name << id.error();
        return 0;
    }
    return id.value();
}
