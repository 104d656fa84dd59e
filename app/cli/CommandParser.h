#pragma once

#include "CliContext.h"
#include "common/Money.h"
#include "common/Month.h"

#include <QCommandLineParser>
#include <optional>

// A QCommandLineParser for one command, with the options every command shares (--json, --help) and typed reads
// that name the option when a value is wrong.
class CommandParser
{
    Q_DECLARE_TR_FUNCTIONS(CommandParser)

public:
    CommandParser(CliContext& context, const QString& description);

    void addOption(const QString& name, const QString& description, const QString& valueName = {});
    // Arguments that must follow the command, in order (e.g. the user name of `user add NAME`).
    void addPositional(const QString& name, const QString& description);
    // One or more arguments after the others (e.g. the files of `center import FILE...`).
    void addRepeatedPositional(const QString& name, const QString& description);
    // Parses the command's arguments, after the first `skip` words (1 for a subcommand such as `user add`); on
    // failure or --help prints and returns the exit code to return.
    std::optional<int> parse(int skip = 0);
    QString positional(int index) const { return m_parser.positionalArguments().value(index); }
    QStringList positionals() const { return m_parser.positionalArguments(); }

    bool isSet(const QString& name) const { return m_parser.isSet(name); }
    QString value(const QString& name) const { return m_parser.value(name); }
    // Prints that `command` needs the options not given and returns the usage exit code; nullopt when all are there.
    std::optional<int> require(const QString& command, const QStringList& names) const;
    // The option's whole-number value; `fallback` when absent. A bad value records an error.
    int intValue(const QString& name, int fallback, int minimum, int maximum);
    QDate dateValue(const QString& name);
    Month monthValue(const QString& name);
    Money moneyValue(const QString& name);
    // Errors met by the typed reads, for CliContext::reject.
    const FieldErrors& errors() const { return m_errors; }

private:
    CliContext& m_context;
    QCommandLineParser m_parser;
    FieldErrors m_errors;
    int m_positionalCount = 0;
    bool m_lastRepeats = false;
};
