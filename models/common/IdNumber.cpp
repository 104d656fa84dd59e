#include "IdNumber.h"

#include <QStringBuilder>
#include <QStringList>
#include <array>

namespace {

constexpr qsizetype Length = 18;
constexpr qsizetype RegionLength = 6;
constexpr qsizetype VisibleTail = 4;
constexpr int EarliestBirthYear = 1900;
constexpr std::array<int, 17> Weights {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
// Indexed by the weighted sum modulo 11.
constexpr char16_t CheckCharacters[] = u"10X98765432";

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

int digitValue(QChar c)
{
    return c.unicode() - u'0';
}

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

// Chinese input methods often produce full-width digits and a full-width space; NFKC folds them to ASCII so a number
// typed that way is not rejected for characters the user cannot see are wrong.
QString normalizedInput(const QString& text)
{
    QString s = text.normalized(QString::NormalizationForm_KC).trimmed();
    if (s.size() == Length && s.back() == u'x')
        s.back() = u'X';
    return s;
}

} // namespace

Result<IdNumber> IdNumber::parse(const QString& text, QDate today)
{
    using R = Result<IdNumber>;
    const QString s = normalizedInput(text);
    if (s.isEmpty())
        return R::failure(tr("Enter the 18-character ID number."));
    if (s.size() != Length)
        return R::failure(tr("An ID number has 18 characters, but “%1” has %2.").arg(s, QString::number(s.size())));

    for (qsizetype i = 0; i < Length; ++i) {
        const QChar c = s.at(i);
        if (isAsciiDigit(c) || (i == Length - 1 && c == u'X'))
            continue;
        return R::failure(tr("The ID number “%1” has “%2” at position %3; an ID number has only digits, with X allowed "
                             "as the last character.")
                              .arg(s, QString(c), QString::number(i + 1)));
    }

    // Only the first digit is checked: region codes are renamed and merged often enough that a full table would
    // reject real people's numbers.
    if (s.front() == u'0' || s.front() == u'9')
        return R::failure(tr("The ID number “%1” starts with %2, but ID numbers start with a region code whose first "
                             "digit is 1 to 8.")
                              .arg(s, QString(s.front())));

    const QStringView digits(s);
    const QDate birth(digits.mid(6, 4).toInt(), digits.mid(10, 2).toInt(), digits.mid(12, 2).toInt());
    // Written from the digits rather than from the QDate, which cannot hold a day that does not exist.
    const QString writtenBirth = digits.mid(6, 4) % u'-' % digits.mid(10, 2) % u'-' % digits.mid(12, 2);
    if (!birth.isValid())
        return R::failure(
            tr("The ID number “%1” contains the birth date %2, which does not exist.").arg(s, writtenBirth));
    if (birth.year() < EarliestBirthYear)
        return R::failure(
            tr("The ID number “%1” contains the birth date %2, which is before 1900.").arg(s, writtenBirth));
    if (today.isValid() && birth > today)
        return R::failure(tr("The ID number “%1” contains the birth date %2, which is after today (%3).")
                              .arg(s, writtenBirth, isoDate(today)));

    const QChar expected = checkCharacter(s.left(Length - 1));
    if (s.back() != expected)
        return R::failure(
            tr("The check character of the ID number “%1” should be %2, not %3 — a digit was probably mistyped.")
                .arg(s, QString(expected), QString(s.back())));

    IdNumber id;
    id.m_text = s;
    id.m_birthDate = birth;
    id.m_gender = digitValue(s.at(Length - 2)) % 2 == 1 ? Gender::Male : Gender::Female;
    return id;
}

Result<IdNumber> IdNumber::parseMatching(const QString& text, QDate today, QDate birthDate, Gender gender)
{
    Result<IdNumber> parsed = parse(text, today);
    if (!parsed)
        return parsed;

    // Both disagreements are reported at once so the user corrects the form in one pass.
    QStringList problems;
    if (birthDate.isValid() && birthDate != parsed->birthDate())
        problems << tr("The ID number “%1” gives the birth date %2, but the birth date entered is %3.")
                        .arg(parsed->text(), isoDate(parsed->birthDate()), isoDate(birthDate));
    if (gender != Gender::Unknown && gender != parsed->gender()) {
        // Two whole sentences rather than a gender word spliced into one, so each translates naturally.
        const QString message = parsed->gender() == Gender::Male
            ? tr("The ID number “%1” belongs to a male (its 17th digit is odd), but the gender entered is female.")
            : tr("The ID number “%1” belongs to a female (its 17th digit is even), but the gender entered is male.");
        problems << message.arg(parsed->text());
    }
    if (!problems.isEmpty())
        return Result<IdNumber>::failure(problems.join(u'\n'));
    return parsed;
}

QChar IdNumber::checkCharacter(const QString& first17)
{
    if (first17.size() != qsizetype(Weights.size()))
        return {};
    int sum = 0;
    for (qsizetype i = 0; i < first17.size(); ++i) {
        const QChar c = first17.at(i);
        if (!isAsciiDigit(c))
            return {};
        sum += digitValue(c) * Weights[size_t(i)];
    }
    return QChar(CheckCharacters[sum % 11]);
}

QString IdNumber::masked() const
{
    return mask(m_text);
}

QString IdNumber::mask(const QString& idNumber)
{
    const QString s = idNumber.trimmed();
    if (s.size() == Length)
        return s.left(RegionLength) % QString(Length - RegionLength - VisibleTail, u'*') % s.right(VisibleTail);
    // Showing "the last four" of something that short would show all of it.
    if (s.size() <= VisibleTail)
        return QString(s.size(), u'*');
    return QString(s.size() - VisibleTail, u'*') % s.right(VisibleTail);
}
