#include "MobileNumber.h"

#include <QStringBuilder>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype Length = 11;
constexpr qsizetype VisibleHead = 3;
constexpr qsizetype VisibleTail = 4;

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool allDigits(QStringView s)
{
    return std::all_of(s.begin(), s.end(), isAsciiDigit);
}

} // namespace

Result<QString> MobileNumber::normalize(const QString& text)
{
    using R = Result<QString>;
    // Messages quote what the user typed, not the digits left after clean-up, so they recognise it.
    const QString given = text.normalized(QString::NormalizationForm_KC).trimmed();
    QString s = given;
    s.removeIf([](QChar c) { return c.isSpace() || c == u'-'; });
    if (s.isEmpty())
        return R::failure(tr("Enter a mobile number."));

    // A "+" can only introduce a country code, so "+86" is dropped whatever follows; the digits-only form "86" is
    // dropped only when 11 digits follow, as it could otherwise be part of a mistyped number.
    if (s.startsWith(u"+86"_s))
        s.remove(0, 3);
    else if (s.startsWith(u"86"_s) && s.size() == 2 + Length && allDigits(s))
        s.remove(0, 2);

    const auto bad = std::find_if_not(s.cbegin(), s.cend(), isAsciiDigit);
    if (bad != s.cend())
        return R::failure(tr("The mobile number “%1” contains “%2”; only digits, spaces, hyphens and a leading +86 are "
                             "allowed.")
                              .arg(given, QString(*bad)));
    if (s.size() != Length)
        return R::failure(tr("A mobile number has 11 digits, but “%1” has %2.").arg(given, QString::number(s.size())));
    if (s.at(0) != u'1' || s.at(1) < u'3')
        return R::failure(
            tr("The mobile number “%1” starts with %2, but mobile numbers start with 13 to 19.").arg(given, s.left(2)));
    return s;
}

QString MobileNumber::mask(const QString& number)
{
    // A stored number is already normalised; one still written with +86 or spaces is masked by its digits.
    const Result<QString> normalized = normalize(number);
    const QString s = normalized ? normalized.value() : number.trimmed();
    if (normalized)
        return s.left(VisibleHead) % QString(Length - VisibleHead - VisibleTail, u'*') % s.right(VisibleTail);
    // Showing "the last four" of something that short would show all of it.
    if (s.size() <= VisibleTail)
        return QString(s.size(), u'*');
    return QString(s.size() - VisibleTail, u'*') % s.right(VisibleTail);
}
