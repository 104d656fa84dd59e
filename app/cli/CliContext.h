#pragma once

#include "common/FieldError.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <memory>

class Database;

// Exit codes every command keeps to, so scripts can tell what happened.
enum ExitCode
{
    ExitDone = 0,
    ExitFailed = 1, // I/O or database failure
    ExitUsage = 2, // the command line itself is wrong
    ExitRejected = 3, // input rejected by validation; nothing changed
    ExitIntegrity = 4 // a signature or integrity check failed
};

// What a command needs from the command line around it: the database, the output channels and the choice between
// human-readable text and one JSON object on stdout.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    CliContext(QString databasePath, QStringList arguments);
    ~CliContext();

    const QString& databasePath() const { return m_databasePath; }
    // The command's own arguments, with the command name first (as QCommandLineParser expects).
    const QStringList& arguments() const { return m_arguments; }
    bool json() const { return m_json; }
    void setJson(bool json) { m_json = json; }

    // Opens the database once; on failure prints why and returns nullptr.
    Database* openDatabase(bool createIfMissing);

    void printText(const QString& text) const;
    void printJson(const QJsonObject& object) const;
    // Reports a failure in the chosen form and returns the exit code to use.
    int fail(ExitCode code, const QString& message) const;
    int reject(const FieldErrors& errors, const QMap<QString, QString>& optionOfField = {}) const;
    int usage(const QString& message) const;

private:
    QString m_databasePath;
    QStringList m_arguments;
    bool m_json = false;
    std::unique_ptr<Database> m_db;
};
