#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

// Mainland China mobile numbers: 11 digits matching ^1[3-9]\d{9}$, optionally written with +86/86 and with spaces
// or hyphens between groups.
class MobileNumber
{
    Q_DECLARE_TR_FUNCTIONS(MobileNumber)

public:
    // Returns the 11 digits, or a message saying what is wrong.
    static Result<QString> normalize(const QString& text);
    // "138****5678".
    static QString mask(const QString& number);
};
