#include "CommandParser.h"

#include <QDate>

using namespace Qt::StringLiterals;

CommandParser::CommandParser(CliContext& context, const QString& description)
    : m_context(context)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    m_parser.addOption({u"json"_s, tr("Print the result as one JSON object on standard output.")});
}

void CommandParser::addOption(const QString& name, const QString& description, const QString& valueName)
{
    m_parser.addOption(QCommandLineOption(name, description, valueName));
}

void CommandParser::addPositional(const QString& name, const QString& description)
{
    m_parser.addPositionalArgument(name, description);
    ++m_positionalCount;
}

void CommandParser::addRepeatedPositional(const QString& name, const QString& description)
{
    m_parser.addPositionalArgument(name, description, name + u"..."_s);
    ++m_positionalCount;
    m_lastRepeats = true;
}

std::optional<int> CommandParser::parse(int skip)
{
    if (!m_parser.parse(m_context.arguments().mid(skip)))
        return m_context.usage(m_parser.errorText());
    if (m_parser.isSet(u"help"_s)) {
        m_context.printText(m_parser.helpText());
        return int(ExitDone);
    }
    const QStringList positional = m_parser.positionalArguments();
    if (positional.size() > m_positionalCount && !m_lastRepeats)
        return m_context.usage(tr("Unexpected argument: %1").arg(positional.at(m_positionalCount)));
    if (positional.size() < m_positionalCount)
        return m_context.usage(tr("Missing argument; see --help."));
    m_context.setJson(m_parser.isSet(u"json"_s));
    return std::nullopt;
}

int CommandParser::intValue(const QString& name, int fallback, int minimum, int maximum)
{
    if (!m_parser.isSet(name))
        return fallback;
    bool ok = false;
    const QString text = m_parser.value(name);
    const int value = text.toInt(&ok);
    if (!ok || value < minimum || value > maximum) {
        m_errors.append(
            {u"--"_s + name, text,
             tr("--%1 takes a whole number from %2 to %3, not \"%4\".").arg(name).arg(minimum).arg(maximum).arg(text)});
        return fallback;
    }
    return value;
}

QDate CommandParser::dateValue(const QString& name)
{
    if (!m_parser.isSet(name))
        return {};
    const QString text = m_parser.value(name);
    const QDate date = QDate::fromString(text, u"yyyy-MM-dd"_s);
    if (!date.isValid())
        m_errors.append(
            {u"--"_s + name, text, tr("--%1 takes a date written YYYY-MM-DD, not \"%2\".").arg(name, text)});
    return date;
}

Month CommandParser::monthValue(const QString& name)
{
    if (!m_parser.isSet(name))
        return {};
    const QString text = m_parser.value(name);
    const Result<Month> month = Month::parse(text);
    if (!month)
        m_errors.append({u"--"_s + name, text, month.error()});
    return month.value_or(Month());
}

Money CommandParser::moneyValue(const QString& name)
{
    if (!m_parser.isSet(name))
        return {};
    const QString text = m_parser.value(name);
    const Result<Money> money = Money::parse(text);
    if (!money)
        m_errors.append({u"--"_s + name, text, money.error()});
    return money.value_or(Money());
}

std::optional<int> CommandParser::require(const QString& command, const QStringList& names) const
{
    QStringList missing;
    for (const QString& name : names)
        if (!m_parser.isSet(name))
            missing << u"--"_s + name;
    if (missing.isEmpty())
        return std::nullopt;
    return m_context.usage(tr("%1 needs %2; see --help.").arg(command, missing.join(u", "_s)));
}
