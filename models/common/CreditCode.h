#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

// A 统一社会信用代码 (GB 32100-2015): 18 characters from "0123456789ABCDEFGHJKLMNPQRTUWXY" whose last is a check
// character over the first 17 (weights 3^i mod 31).
class CreditCode
{
    Q_DECLARE_TR_FUNCTIONS(CreditCode)

public:
    // Trims and upper-cases; each failure (length, a character outside the alphabet, the check character) has its
    // own message.
    static Result<QString> normalize(const QString& text);
    // The check character for 17 valid characters, or a null QChar when one is outside the alphabet.
    static QChar checkCharacter(const QString& first17);
};
