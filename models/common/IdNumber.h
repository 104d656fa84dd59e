#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

enum class Gender
{
    Unknown,
    Male,
    Female
};

// A 公民身份号码 (GB 11643-1999): 6-digit region, YYYYMMDD birth date, 3-digit sequence (odd = male) and a check
// character. Residence permits of Hong Kong, Macao and Taiwan residents (810000/820000/830000) follow the same rules.
class IdNumber
{
    Q_DECLARE_TR_FUNCTIONS(IdNumber)

public:
    // Validates and normalises (trims, lower-case x becomes X). `today` bounds the birth date.
    // Each failure has its own message: length, characters, birth date, future date, check character.
    static Result<IdNumber> parse(const QString& text, QDate today);

    // As parse(), then also requires agreement with a birth date and gender entered separately (either may be
    // invalid/Unknown to skip that comparison).
    static Result<IdNumber> parseMatching(const QString& text, QDate today, QDate birthDate, Gender gender);

    // The check character for the first 17 digits, per GB 11643-1999.
    static QChar checkCharacter(const QString& first17);

    const QString& text() const { return m_text; }
    QString regionCode() const { return m_text.left(6); }
    QDate birthDate() const { return m_birthDate; }
    Gender gender() const { return m_gender; }
    // "140402********1234": region and last four only, as shown to roles that may not see the whole number.
    QString masked() const;
    static QString mask(const QString& idNumber);

private:
    QString m_text;
    QDate m_birthDate;
    Gender m_gender = Gender::Unknown;
};
