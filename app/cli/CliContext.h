#pragma once

#include "access/Permission.h"
#include "common/FieldError.h"
#include "common/Result.h"

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
    struct Login
    {
        QString user;
        QString passwordFile;
    };

    CliContext(QString databasePath, QStringList arguments, Login login = {});
    ~CliContext();

    const QString& databasePath() const { return m_databasePath; }
    // The command's own arguments, with the command name first (as QCommandLineParser expects).
    const QStringList& arguments() const { return m_arguments; }
    bool json() const { return m_json; }
    void setJson(bool json) { m_json = json; }

    // Opens the database once; on failure prints why and returns nullptr.
    Database* openDatabase(bool createIfMissing);
    // Opens the database and logs in with --user and the password from --password-file or DAYCAREDESK_PASSWORD;
    // on failure prints why, sets *exitCode and returns nullptr.
    Database* openAsUser(int* exitCode);
    // The same, and refuses (exit 3) a user whose role lacks the permission.
    Database* openAsUser(int* exitCode, Permission permission);
    bool hasLogin() const { return !m_login.user.isEmpty(); }
    const QString& passwordFile() const { return m_login.passwordFile; }

    // The first line of a password file, without its line break; a message on failure.
    static Result<QString> readPasswordFile(const QString& path);
    // A signing key's passphrase: from the file when one is named, else from DAYCAREDESK_PASSPHRASE. Never from the
    // command line itself, where other users of the computer could read it.
    static Result<QString> readPassphrase(const QString& file);

    void printText(const QString& text) const;
    // The result of a command that succeeded: the JSON object with --json, else the sentence for people.
    int done(const QJsonObject& json, const QString& text) const;
    // A remark for the person at the terminal, on stderr so it never mixes into JSON output.
    void printNotice(const QString& text) const;
    void printJson(const QJsonObject& object) const;
    // Reports a failure in the chosen form and returns the exit code to use.
    int fail(ExitCode code, const QString& message) const;
    int reject(const FieldErrors& errors, const QMap<QString, QString>& optionOfField = {}) const;
    int usage(const QString& message) const;

private:
    QString m_databasePath;
    QStringList m_arguments;
    Login m_login;
    bool m_json = false;
    std::unique_ptr<Database> m_db;
};
