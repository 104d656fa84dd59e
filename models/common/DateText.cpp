#include "DateText.h"

#include "Month.h"

#include <QRegularExpression>
#include <initializer_list>

using namespace Qt::StringLiterals;

namespace {

// Four-digit years from 1000 on; a separator, once chosen, is used throughout ("2026-3/1" is a typing mistake).
const QRegularExpression& dateForms()
{
    static const QRegularExpression forms(u"^(?:([1-9][0-9]{3})([-/.])([0-9]{1,2})\\2([0-9]{1,2})"
                                          u"|([1-9][0-9]{3})年([0-9]{1,2})月([0-9]{1,2})日"
                                          u"|([1-9][0-9]{3})([0-9]{2})([0-9]{2}))$"_s);
    return forms;
}

const QRegularExpression& monthForms()
{
    static const QRegularExpression forms(u"^(?:([1-9][0-9]{3})[-/.]([0-9]{1,2})|([1-9][0-9]{3})年([0-9]{1,2})月)$"_s);
    return forms;
}

// The number in whichever of the alternatives' groups matched.
int capturedNumber(const QRegularExpressionMatch& match, std::initializer_list<int> groups)
{
    for (int group : groups)
        if (match.hasCaptured(group))
            return match.capturedView(group).toInt();
    return 0;
}

// Input methods produce full-width digits and separators; NFKC folds them to ASCII and leaves 年月日 alone.
QString normalizedInput(const QString& text)
{
    return text.normalized(QString::NormalizationForm_KC).trimmed();
}

} // namespace

Result<QDate> DateText::parse(const QString& text)
{
    using R = Result<QDate>;
    const QString given = text.trimmed();
    const QString forms = tr("2026-03-01, 2026/3/1, 2026.3.1, 2026年3月1日 or 20260301");
    if (given.isEmpty())
        return R::failure(tr("No date: write one as %1.").arg(forms));

    const QRegularExpressionMatch match = dateForms().match(normalizedInput(text));
    if (!match.hasMatch())
        return R::failure(tr("\"%1\" is not a date: write it as %2.").arg(given, forms));

    const int year = capturedNumber(match, {1, 5, 8});
    const int month = capturedNumber(match, {3, 6, 9});
    const int day = capturedNumber(match, {4, 7, 10});
    if (month < 1 || month > 12) {
        return R::failure(
            tr("\"%1\" is not a date: the month must be from 1 to 12. Write dates as %2.").arg(given, forms));
    }
    const Month inMonth(year, month);
    if (day < 1 || day > inMonth.daysInMonth()) {
        return R::failure(tr("\"%1\" is not a date: the day must be from 1 to %2 in %3. Write dates as %4.")
                              .arg(given, QString::number(inMonth.daysInMonth()), inMonth.toString(), forms));
    }
    return QDate(year, month, day);
}

Result<QString> DateText::parseMonth(const QString& text)
{
    using R = Result<QString>;
    const QString given = text.trimmed();
    const QString forms = tr("2026-03, 2026/3 or 2026年3月");
    if (given.isEmpty())
        return R::failure(tr("No month: write one as %1.").arg(forms));

    const QRegularExpressionMatch match = monthForms().match(normalizedInput(text));
    if (!match.hasMatch())
        return R::failure(tr("\"%1\" is not a month: write it as %2.").arg(given, forms));

    const Month month(capturedNumber(match, {1, 3}), capturedNumber(match, {2, 4}));
    if (!month.isValid()) {
        return R::failure(
            tr("\"%1\" is not a month: the month must be from 1 to 12. Write months as %2.").arg(given, forms));
    }
    return month.toString();
}
