#pragma once

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

// Runs daycaredesk-cli as a user would and keeps what it printed.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

// Writes a password file into dir, as a script would before calling the command line.
inline QString passwordFile(const QTemporaryDir& dir, const QString& password)
{
    const QString path = dir.filePath(QStringLiteral("password-") + password);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(password.toUtf8() + '\n');
    return path;
}

// `environment` adds variables, such as a passphrase given the way a script would.
inline CliRun runCli(const QStringList& arguments, const QString& today = QStringLiteral("2026-11-20"),
                     const QString& password = {}, const QMap<QString, QString>& environment = {})
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DAYCAREDESK_TODAY"), today);
    env.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
    env.remove(QStringLiteral("DAYCAREDESK_PASSWORD"));
    if (!password.isEmpty())
        env.insert(QStringLiteral("DAYCAREDESK_PASSWORD"), password);
    env.remove(QStringLiteral("DAYCAREDESK_PASSPHRASE"));
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(DAYCARE_CLI_PATH), arguments);
    CliRun run;
    if (!process.waitForFinished(120000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// Runs a command on the database as this user, the password given as a script would, on the tests' usual day.
inline CliRun runCliAs(const QString& database, const QString& user, const QString& password,
                       const QStringList& arguments)
{
    return runCli(QStringList {QStringLiteral("--db"), database, QStringLiteral("--user"), user} + arguments,
                  QStringLiteral("2026-11-20"), password);
}
