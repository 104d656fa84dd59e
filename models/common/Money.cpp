#include "Money.h"

#include <QStringView>
#include <QtNumeric>
#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

constexpr quint64 maxFen = std::numeric_limits<qint64>::max();

// The magnitude of the most negative qint64 does not fit in a qint64, so magnitudes are unsigned.
quint64 magnitude(qint64 value)
{
    return value < 0 ? quint64(0) - quint64(value) : quint64(value);
}

bool isYuanSign(QChar c)
{
    return c == u'¥' || c == u'￥';
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// "1,234,567" groups thousands correctly; "1,23" and ",123" do not.
bool isWellGrouped(QStringView integerPart)
{
    const auto groups = integerPart.split(u',');
    if (groups.size() == 1)
        return true;
    if (groups.first().isEmpty() || groups.first().size() > 3)
        return false;
    for (qsizetype i = 1; i < groups.size(); ++i) {
        if (groups.at(i).size() != 3)
            return false;
    }
    return true;
}

// Reads checked ASCII digits into fen, skipping the grouping commas and rounding at the third decimal half-up.
// Returns false when the amount does not fit in a qint64.
bool toFen(QStringView integerPart, QStringView fractionPart, quint64& fen)
{
    quint64 yuan = 0;
    for (QChar c : integerPart) {
        if (c == u',')
            continue;
        if (qMulOverflow<quint64>(yuan, 10, &yuan) || qAddOverflow<quint64>(yuan, c.unicode() - u'0', &yuan))
            return false;
    }
    quint64 cents = 0;
    for (qsizetype i = 0; i < 2; ++i)
        cents = cents * 10 + (i < fractionPart.size() ? fractionPart.at(i).unicode() - u'0' : 0);
    if (fractionPart.size() > 2 && fractionPart.at(2) >= u'5')
        ++cents;
    return !qMulOverflow<quint64>(yuan, 100, &fen) && !qAddOverflow(fen, cents, &fen) && fen <= maxFen;
}

QString withThousandsSeparators(quint64 number)
{
    QString digits = QString::number(number);
    for (qsizetype at = digits.size() - 3; at > 0; at -= 3)
        digits.insert(at, u',');
    return digits;
}

QString formatted(qint64 fen, bool grouped, bool withSymbol)
{
    const quint64 amount = magnitude(fen);
    const QString yuan = grouped ? withThousandsSeparators(amount / 100) : QString::number(amount / 100);
    const QString cents = u"%1"_s.arg(amount % 100, 2, 10, QLatin1Char('0'));
    const QString sign = fen < 0 ? u"-"_s : QString();
    const QString symbol = withSymbol ? u"¥"_s : QString();
    return sign + symbol + yuan + u'.' + cents;
}

struct UInt128
{
    quint64 high;
    quint64 low;
};

// Portable 64×64→128-bit multiplication: MSVC has no __int128, and proration must not overflow.
UInt128 multiply(quint64 a, quint64 b)
{
    const quint64 mask = 0xffffffffu;
    const quint64 lowLow = (a & mask) * (b & mask);
    const quint64 lowHigh = (a & mask) * (b >> 32);
    const quint64 highLow = (a >> 32) * (b & mask);
    const quint64 highHigh = (a >> 32) * (b >> 32);
    const quint64 middle = (lowLow >> 32) + (lowHigh & mask) + (highLow & mask);
    return {highHigh + (lowHigh >> 32) + (highLow >> 32) + (middle >> 32), (middle << 32) | (lowLow & mask)};
}

// dividend ÷ divisor rounded half-up, for a divisor below 2^63 so that the running remainder can be doubled in 64
// bits. Returns false when the quotient does not fit in a qint64.
bool divideRounded(UInt128 dividend, quint64 divisor, quint64& quotient)
{
    if (dividend.high >= divisor)
        return false;
    quint64 remainder = dividend.high;
    quotient = 0;
    for (int bit = 63; bit >= 0; --bit) {
        remainder = (remainder << 1) | ((dividend.low >> bit) & 1);
        quotient <<= 1;
        if (remainder >= divisor) {
            remainder -= divisor;
            quotient |= 1;
        }
    }
    if (remainder >= divisor - remainder)
        ++quotient;
    return quotient <= maxFen;
}

constexpr char16_t capitalDigits[] = u"零壹贰叁肆伍陆柒捌玖";
constexpr char16_t capitalPlaces[] = u" 拾佰仟";

// Writes whole yuan in capitals by four-digit sections: 万, 亿, then 万 and 亿 again above 亿 (壹万亿, 壹亿亿).
// One 零 stands for any run of zeros between written digits, but the zeros that end a section are absorbed by its
// 万 or 亿, as banks write 壹拾万壹仟.
void appendCapitalYuan(QString& out, quint64 yuan)
{
    const QString digits = QString::number(yuan);
    bool zeroPending = false;
    bool sectionHasDigit = false;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        const auto position = digits.size() - 1 - i;
        const int digit = digits.at(i).digitValue();
        if (digit == 0) {
            zeroPending = true;
        } else {
            if (zeroPending)
                out += u'零';
            zeroPending = false;
            sectionHasDigit = true;
            out += QChar(capitalDigits[digit]);
            if (position % 4 != 0)
                out += QChar(capitalPlaces[position % 4]);
        }
        if (position == 0 || position % 4 != 0)
            continue;
        // The digits above a 亿 are never all zero, so 亿 is always written; an empty 万 section is skipped.
        if (position % 8 == 0 || sectionHasDigit) {
            out += position % 8 == 0 ? u'亿' : u'万';
            zeroPending = false;
        }
        sectionHasDigit = false;
    }
}

} // namespace

Result<Money> Money::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Result<Money>::failure(tr("Enter an amount of money, for example 1,234.50."));

    // Both "-¥3.20" (as toStringWithSymbol writes it) and "¥-3.20" are accepted.
    QStringView rest = trimmed;
    bool negative = rest.startsWith(u'-');
    if (negative)
        rest = rest.mid(1);
    if (!rest.isEmpty() && isYuanSign(rest.front()))
        rest = rest.mid(1).trimmed();
    if (!negative && rest.startsWith(u'-')) {
        negative = true;
        rest = rest.mid(1);
    }

    for (QChar c : rest) {
        if (!isAsciiDigit(c) && c != u',' && c != u'.') {
            return Result<Money>::failure(
                tr("\"%1\" is not an amount of money: \"%2\" is not allowed; use digits, a decimal point and "
                   "commas between thousands.")
                    .arg(trimmed, QString(c)));
        }
    }
    if (rest.count(u'.') > 1) {
        return Result<Money>::failure(
            tr("\"%1\" is not an amount of money: it has more than one decimal point.").arg(trimmed));
    }
    if (std::none_of(rest.begin(), rest.end(), isAsciiDigit))
        return Result<Money>::failure(tr("\"%1\" is not an amount of money: it has no digits.").arg(trimmed));

    const auto point = rest.indexOf(u'.');
    const QStringView integerPart = point < 0 ? rest : rest.left(point);
    const QStringView fractionPart = point < 0 ? QStringView() : rest.mid(point + 1);
    if (fractionPart.contains(u',') || !isWellGrouped(integerPart)) {
        return Result<Money>::failure(
            tr("\"%1\" is not an amount of money: commas may only separate groups of three digits before the "
               "decimal point, as in 1,234,567.50.")
                .arg(trimmed));
    }

    quint64 fen = 0;
    if (!toFen(integerPart, fractionPart, fen))
        return Result<Money>::failure(tr("\"%1\" is too large to be an amount of money.").arg(trimmed));
    return Money::fromFen(negative ? -qint64(fen) : qint64(fen));
}

// A non-positive denominator has no meaning here (e.g. a month with no care days) and yields zero rather than a
// division by zero. An unrealistically large result saturates instead of wrapping round to the opposite sign.
Money Money::prorate(Money amount, qint64 numerator, qint64 denominator)
{
    if (denominator <= 0)
        return Money();
    const bool negative = (amount.m_fen < 0) != (numerator < 0);
    quint64 fen = 0;
    if (!divideRounded(multiply(magnitude(amount.m_fen), magnitude(numerator)), quint64(denominator), fen))
        fen = maxFen;
    return Money(negative ? -qint64(fen) : qint64(fen));
}

Money Money::percentOf(Money amount, qint64 percent)
{
    return prorate(amount, percent, 100);
}

QString Money::toString() const
{
    return formatted(m_fen, true, false);
}

QString Money::toStringWithSymbol() const
{
    return formatted(m_fen, true, true);
}

QString Money::toPlainString() const
{
    return formatted(m_fen, false, false);
}

// Follows the bank rules for 人民币大写: 整 after a whole number of yuan, nothing after 角, and 零 between 元 and a
// lone 分 so that a digit cannot be slipped in.
QString Money::toChineseCapitals() const
{
    if (m_fen == 0)
        return u"零元整"_s;
    const quint64 amount = magnitude(m_fen);
    const quint64 yuan = amount / 100;
    const auto jiao = int(amount / 10 % 10);
    const auto fen = int(amount % 10);

    QString out;
    if (m_fen < 0)
        out += u'负';
    if (yuan > 0) {
        appendCapitalYuan(out, yuan);
        out += u'元';
    }
    if (jiao == 0 && fen == 0)
        return out + u'整';
    if (jiao > 0) {
        out += QChar(capitalDigits[jiao]);
        out += u'角';
    } else if (yuan > 0) {
        out += u'零';
    }
    if (fen > 0) {
        out += QChar(capitalDigits[fen]);
        out += u'分';
    }
    return out;
}
