#pragma once

#include "Month.h"

#include <QString>
#include <QtGlobal>

// One dated value of a policy parameter: in force from validFrom to validTo, both months included. The unit of
// value is the key's PolicyUnit (fen, percent, ...); basis is the document that sets it, shown beside the figure.
struct PolicyValue
{
    QString key;
    Month validFrom;
    Month validTo; // invalid: until a later value replaces it
    qint64 value = 0;
    QString basis;

    bool isOpenEnded() const { return !validTo.isValid(); }
    bool covers(Month month) const { return validFrom <= month && (isOpenEnded() || month <= validTo); }
    bool operator==(const PolicyValue&) const = default;
};
