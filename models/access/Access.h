#pragma once

#include "Actor.h"
#include "common/Result.h"

#include <QCoreApplication>

// The check every guarded operation starts with.
class Access
{
    Q_DECLARE_TR_FUNCTIONS(Access)

public:
    static Status require(const Actor& actor, Permission permission);
    // A caregiver records attendance only for the classes she is assigned to.
    static Status requireClass(const Actor& actor, qint64 classId);
};
