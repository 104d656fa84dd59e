#include "CliContext.h"

#include "access/Access.h"
#include "access/UserRepository.h"
#include "store/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
void write(FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}
} // namespace

CliContext::CliContext(QString databasePath, QStringList arguments, Login login)
    : m_databasePath(std::move(databasePath))
    , m_arguments(std::move(arguments))
    , m_login(std::move(login))
{
}

CliContext::~CliContext() = default;

Database* CliContext::openDatabase(bool createIfMissing)
{
    if (m_db)
        return m_db.get();
    auto opened = Database::open(
        m_databasePath, createIfMissing ? Database::OpenMode::CreateIfMissing : Database::OpenMode::ExistingOnly);
    if (!opened) {
        fail(ExitFailed, opened.error());
        return nullptr;
    }
    m_db = std::move(opened.value());
    return m_db.get();
}

Result<QString> CliContext::readPasswordFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QString>::failure(tr("Cannot read the password file %1: %2").arg(path, file.errorString()));
    QString line = QString::fromUtf8(file.readLine());
    while (line.endsWith(u'\n') || line.endsWith(u'\r'))
        line.chop(1);
    if (line.isEmpty())
        return Result<QString>::failure(tr("The password file %1 is empty.").arg(path));
    return line;
}

Result<QString> CliContext::readPassphrase(const QString& file)
{
    if (!file.isEmpty())
        return readPasswordFile(file);
    const QString passphrase = qEnvironmentVariable("DAYCAREDESK_PASSPHRASE");
    if (passphrase.isEmpty())
        return Result<QString>::failure(
            tr("No passphrase: give --passphrase-file FILE or set DAYCAREDESK_PASSPHRASE."));
    return passphrase;
}

Database* CliContext::openAsUser(int* exitCode)
{
    if (m_login.user.isEmpty()) {
        *exitCode = usage(tr("This command needs a user: daycaredesk-cli --user NAME --password-file FILE ... "
                             "(or the password in DAYCAREDESK_PASSWORD)."));
        return nullptr;
    }
    QString password = qEnvironmentVariable("DAYCAREDESK_PASSWORD");
    if (!m_login.passwordFile.isEmpty()) {
        const Result<QString> read = readPasswordFile(m_login.passwordFile);
        if (!read) {
            *exitCode = fail(ExitFailed, read.error());
            return nullptr;
        }
        password = read.value();
    }
    if (password.isEmpty()) {
        *exitCode = usage(tr("No password: give --password-file FILE or set DAYCAREDESK_PASSWORD."));
        return nullptr;
    }
    Database* db = openDatabase(false);
    if (!db) {
        *exitCode = ExitFailed;
        return nullptr;
    }
    const Result<Actor> actor = UserRepository(*db).authenticate(m_login.user, password);
    if (!actor) {
        *exitCode = fail(ExitRejected, actor.error());
        return nullptr;
    }
    db->setActor(actor.value());
    return db;
}

Database* CliContext::openAsUser(int* exitCode, Permission permission)
{
    Database* db = openAsUser(exitCode);
    if (!db)
        return nullptr;
    if (Status allowed = Access::require(db->actor(), permission); !allowed) {
        *exitCode = fail(ExitRejected, allowed.error());
        return nullptr;
    }
    return db;
}

void CliContext::printText(const QString& text) const
{
    write(stdout, text);
}

int CliContext::done(const QJsonObject& json, const QString& text) const
{
    if (m_json) {
        QJsonObject object = json;
        object.insert(u"ok"_s, true);
        printJson(object);
    } else {
        printText(text);
    }
    return ExitDone;
}

void CliContext::printNotice(const QString& text) const
{
    write(stderr, text);
}

void CliContext::printJson(const QJsonObject& object) const
{
    write(stdout, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

int CliContext::fail(ExitCode code, const QString& message) const
{
    write(stderr, message);
    if (m_json)
        printJson({{u"ok"_s, false}, {u"exit_code"_s, int(code)}, {u"error"_s, message}});
    return code;
}

int CliContext::reject(const FieldErrors& errors, const QMap<QString, QString>& optionOfField) const
{
    QJsonArray list;
    for (const FieldError& e : errors) {
        const QString where = optionOfField.value(e.field, e.field);
        write(stderr, tr("%1: %2").arg(where, e.message));
        QJsonObject item {{u"field"_s, e.field}, {u"value"_s, e.value}, {u"message"_s, e.message}};
        if (e.row > 0)
            item.insert(u"row"_s, e.row);
        list.append(item);
    }
    write(stderr, tr("Nothing was changed."));
    if (m_json)
        printJson({{u"ok"_s, false}, {u"exit_code"_s, int(ExitRejected)}, {u"errors"_s, list}});
    return ExitRejected;
}

int CliContext::usage(const QString& message) const
{
    write(stderr, message);
    return ExitUsage;
}
