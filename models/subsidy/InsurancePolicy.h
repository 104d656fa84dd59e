#pragma once

#include "common/Money.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

// Who paid a child's accident insurance. The city buys cover for every child under three; families and
// institutions sometimes add their own.
enum class InsurancePayer
{
    City,
    Family,
    Institution,
    Other
};

class InsurancePayers
{
    Q_DECLARE_TR_FUNCTIONS(InsurancePayers)

public:
    static QList<InsurancePayer> all();
    // "city": stored and typed on the command line; the Chinese name (市级财政) is accepted too.
    static QString key(InsurancePayer payer);
    static std::optional<InsurancePayer> fromKey(const QString& text);
    // As the insured list (参保名单) prints it.
    static QString chineseName(InsurancePayer payer);
    static QString label(InsurancePayer payer);
};

// One child's accident-insurance policy (意外伤害保险): cover from `from` to `to`, both days included.
struct InsurancePolicy
{
    qint64 id = 0;
    qint64 childId = 0;
    QString policyNumber;
    QDate from;
    QDate to;
    Money premium;
    InsurancePayer payer = InsurancePayer::City;

    bool covers(QDate day) const { return from <= day && day <= to; }
    bool overlaps(QDate first, QDate last) const { return from <= last && to >= first; }
};
