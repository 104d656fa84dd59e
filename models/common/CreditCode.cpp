#include "CreditCode.h"

#include <array>
#include <string_view>

namespace {

constexpr qsizetype Length = 18;
// Each character's value is its index. I, O, Z, S and V are left out because they are easily read as 1, 0, 2, 5, U.
constexpr std::u16string_view Alphabet = u"0123456789ABCDEFGHJKLMNPQRTUWXY";
static_assert(Alphabet.size() == 31);
// 3^(i-1) mod 31 for positions 1..17, as GB 32100-2015 tabulates them.
constexpr std::array<int, 17> Weights {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

// The value of c, or -1 when c is not in the alphabet.
int valueOf(QChar c)
{
    const size_t index = Alphabet.find(c.unicode());
    return index == std::u16string_view::npos ? -1 : int(index);
}

} // namespace

Result<QString> CreditCode::normalize(const QString& text)
{
    using R = Result<QString>;
    // Full-width letters and digits from a Chinese input method are folded to ASCII before anything is judged.
    const QString s = text.normalized(QString::NormalizationForm_KC).trimmed().toUpper();
    if (s.isEmpty())
        return R::failure(tr("Enter the 18-character unified social credit code."));
    if (s.size() != Length)
        return R::failure(
            tr("A unified social credit code has 18 characters, but “%1” has %2.").arg(s, QString::number(s.size())));

    for (qsizetype i = 0; i < s.size(); ++i) {
        if (valueOf(s.at(i)) >= 0)
            continue;
        return R::failure(tr("The credit code “%1” has “%2” at position %3, which is not allowed: a credit code has "
                             "only digits and capital letters, and never uses I, O, Z, S or V.")
                              .arg(s, QString(s.at(i)), QString::number(i + 1)));
    }

    const QChar expected = checkCharacter(s.left(Length - 1));
    if (s.back() != expected)
        return R::failure(
            tr("The check character of the credit code “%1” should be %2, not %3 — a character was probably mistyped.")
                .arg(s, QString(expected), QString(s.back())));
    return s;
}

QChar CreditCode::checkCharacter(const QString& first17)
{
    if (first17.size() != qsizetype(Weights.size()))
        return {};
    int sum = 0;
    for (qsizetype i = 0; i < first17.size(); ++i) {
        const int value = valueOf(first17.at(i));
        if (value < 0)
            return {};
        sum += value * Weights[size_t(i)];
    }
    const int modulus = int(Alphabet.size());
    return QChar(Alphabet[size_t((modulus - sum % modulus) % modulus)]);
}
