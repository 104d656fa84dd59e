#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

// An amount of money in integer fen (分). Money never passes through float or double: parsing, proration and
// rounding are done in integers, rounding a fraction of a fen half-up (away from zero).
class Money
{
    Q_DECLARE_TR_FUNCTIONS(Money)

public:
    constexpr Money() = default;
    static constexpr Money fromFen(qint64 fen) { return Money(fen); }
    static constexpr Money fromYuan(qint64 yuan) { return Money(yuan * 100); }

    // Accepts "1234.5", "1,234.50", "¥1,234.50", "￥12", "-3.20", with surrounding spaces. More than two decimals
    // are rounded half-up to the fen. Anything else fails with a message that says why.
    static Result<Money> parse(const QString& text);

    // amount × numerator ÷ denominator, rounded half-up to the fen (e.g. a list price prorated by care days).
    static Money prorate(Money amount, qint64 numerator, qint64 denominator);
    // amount × percent ÷ 100, rounded half-up to the fen.
    static Money percentOf(Money amount, qint64 percent);

    constexpr qint64 fen() const { return m_fen; }

    // "1,234.50"; "-1,234.50" for negatives.
    QString toString() const;
    // "¥1,234.50"; "-¥1,234.50" for negatives.
    QString toStringWithSymbol() const;
    // "1234.50": no grouping, for files read by other programs.
    QString toPlainString() const;
    // 人民币大写: "壹仟壹佰元整", "伍分", "壹万零壹拾元伍角"; negatives are prefixed with "负".
    QString toChineseCapitals() const;

    constexpr Money operator+(Money o) const { return Money(m_fen + o.m_fen); }
    constexpr Money operator-(Money o) const { return Money(m_fen - o.m_fen); }
    constexpr Money operator-() const { return Money(-m_fen); }
    constexpr Money& operator+=(Money o)
    {
        m_fen += o.m_fen;
        return *this;
    }
    constexpr Money& operator-=(Money o)
    {
        m_fen -= o.m_fen;
        return *this;
    }
    constexpr auto operator<=>(const Money&) const = default;

private:
    constexpr explicit Money(qint64 fen)
        : m_fen(fen)
    {
    }
    qint64 m_fen = 0;
};
