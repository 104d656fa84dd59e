#include "LoggedIn.h"
#include "TempDatabase.h"
#include "access/UserRepository.h"
#include "reports/InstitutionKeys.h"
#include "reports/Jwk.h"
#include "store/Sql.h"

#include <QSqlQuery>
#include <QTest>
#include <sodium.h>

using namespace Qt::StringLiterals;

// The institution's signing keys: made by the director with a passphrase of enough length, unlocked only with it,
// re-sealed under a new passphrase without changing, rotated with the old public key kept; signatures of the
// unlocked key check out against the stored public key; other roles are refused; the secret never reaches the
// audit trail in clear.
class TestInstitutionKeys : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void createdKeyIsCurrent();
    void unlockedKeySignatureVerifies();
    void wrongPassphraseIsRefused();
    void shortPassphraseIsRefused();
    void secondCreateIsRefused();
    void changedPassphraseKeepsTheKey();
    void rotationKeepsTheOldKeyRetired();
    void otherRolesAreRefused_data();
    void otherRolesAreRefused();
    void secretStaysOutOfTheAuditTrail();
    void unlockWithoutKeySaysSo();

private:
    InstitutionKeys keys() { return InstitutionKeys(*m_t->db); }
    KeyInfo created();

    std::unique_ptr<TempDatabase> m_t;
};

namespace {
const QString passphrase = u"小橘灯的钥匙 spring 2026"_s;
const QString otherPassphrase = u"another long passphrase"_s;

bool verifies(const QByteArray& signature, const QByteArray& message, const QByteArray& publicKey)
{
    return signature.size() == crypto_sign_BYTES
        && crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(signature.constData()),
                                       reinterpret_cast<const unsigned char*>(message.constData()),
                                       quint64(message.size()),
                                       reinterpret_cast<const unsigned char*>(publicKey.constData()))
        == 0;
}
} // namespace

void TestInstitutionKeys::init()
{
    m_t = std::make_unique<TempDatabase>();
    QVERIFY(m_t->open());
    UserRepository users(*m_t->db);
    QVERIFY(users.add(u"director"_s, Role::Director, u"director-2026"_s).ok());
    QVERIFY(users.add(u"caiwu"_s, Role::Finance, u"finance-2026"_s).ok());
    QVERIFY(users.add(u"wangfang"_s, Role::Caregiver, u"caregiver-2026"_s).ok());
    QVERIFY(logInAs(*m_t->db, u"director"_s, u"director-2026"_s));
}

KeyInfo TestInstitutionKeys::created()
{
    const Result<KeyInfo> key = keys().create(passphrase);
    if (!key)
        qWarning().noquote() << key.error();
    return key.value_or({});
}

void TestInstitutionKeys::createdKeyIsCurrent()
{
    const KeyInfo key = created();
    QVERIFY(key.id > 0);
    QCOMPARE(key.publicKey.size(), Jwk::PublicKeySize);
    QCOMPARE(key.thumbprint, Jwk::thumbprint(key.publicKey));
    QCOMPARE(key.createdBy, u"director"_s);
    QVERIFY(key.isCurrent());
    const auto current = keys().current();
    QVERIFY(current && current.value());
    QCOMPARE(current.value()->publicKey, key.publicKey);
}

void TestInstitutionKeys::unlockedKeySignatureVerifies()
{
    const KeyInfo key = created();
    const Result<SigningKey> unlocked = keys().unlock(passphrase);
    QVERIFY2(unlocked, qPrintable(unlocked.error()));
    QCOMPARE(unlocked->publicKey(), key.publicKey);
    const QByteArray message = "2026-10 月报 of 小橘灯"_ba;
    const QByteArray signature = unlocked->sign(message);
    QCOMPARE(signature.size(), SigningKey::SignatureSize);
    QVERIFY(verifies(signature, message, key.publicKey));
    QVERIFY(!verifies(signature, message + '.', key.publicKey));
}

void TestInstitutionKeys::wrongPassphraseIsRefused()
{
    created();
    const Result<SigningKey> unlocked = keys().unlock(otherPassphrase);
    QVERIFY(!unlocked);
    QCOMPARE(unlocked.error(), u"The passphrase is wrong."_s);
}

void TestInstitutionKeys::shortPassphraseIsRefused()
{
    const Result<KeyInfo> key = keys().create(u"123456789"_s);
    QVERIFY(!key);
    QVERIFY2(key.error().contains(u"at least 10 characters"_s), qPrintable(key.error()));
    QVERIFY(keys().list()->isEmpty());
    // Ten characters, counted as characters rather than bytes, are enough.
    QVERIFY(keys().create(u"托育园托育园托育园托"_s));
}

void TestInstitutionKeys::secondCreateIsRefused()
{
    const KeyInfo key = created();
    const Result<KeyInfo> again = keys().create(otherPassphrase);
    QVERIFY(!again);
    QVERIFY2(again.error().contains(Jwk::grouped(key.thumbprint)), qPrintable(again.error()));
    QCOMPARE(keys().list()->size(), 1);
}

void TestInstitutionKeys::changedPassphraseKeepsTheKey()
{
    const KeyInfo key = created();
    QVERIFY(!keys().changePassphrase(otherPassphrase, u"a third long passphrase"_s));
    const Status tooShort = keys().changePassphrase(passphrase, u"short"_s);
    QVERIFY(!tooShort);
    QVERIFY(tooShort.error().contains(u"at least 10 characters"_s));
    const Status changed = keys().changePassphrase(passphrase, otherPassphrase);
    QVERIFY2(changed, qPrintable(changed.error()));
    QVERIFY(!keys().unlock(passphrase));
    const Result<SigningKey> unlocked = keys().unlock(otherPassphrase);
    QVERIFY2(unlocked, qPrintable(unlocked.error()));
    QCOMPARE(unlocked->publicKey(), key.publicKey);
    QCOMPARE(keys().list()->size(), 1);
    QCOMPARE(keys().current()->value().thumbprint, key.thumbprint);
}

void TestInstitutionKeys::rotationKeepsTheOldKeyRetired()
{
    const KeyInfo old = created();
    QVERIFY(!keys().rotate(otherPassphrase));
    const Result<KeyInfo> fresh = keys().rotate(passphrase);
    QVERIFY2(fresh, qPrintable(fresh.error()));
    QVERIFY(fresh->publicKey != old.publicKey);
    QVERIFY(fresh->isCurrent());
    const Result<QList<KeyInfo>> all = keys().list();
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).publicKey, old.publicKey);
    QVERIFY(!all->at(0).isCurrent());
    QCOMPARE(all->at(1).publicKey, fresh->publicKey);
    QVERIFY(all->at(1).isCurrent());
    QCOMPARE(keys().current()->value().publicKey, fresh->publicKey);
    const Result<SigningKey> unlocked = keys().unlock(passphrase);
    QVERIFY(unlocked);
    QCOMPARE(unlocked->publicKey(), fresh->publicKey);
}

void TestInstitutionKeys::otherRolesAreRefused_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::newRow("finance") << u"caiwu"_s << u"finance-2026"_s;
    QTest::newRow("caregiver") << u"wangfang"_s << u"caregiver-2026"_s;
}

void TestInstitutionKeys::otherRolesAreRefused()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    created();
    QVERIFY(logInAs(*m_t->db, user, password));
    QVERIFY(!keys().create(passphrase));
    QVERIFY(!keys().rotate(passphrase));
    QVERIFY(!keys().changePassphrase(passphrase, otherPassphrase));
    QCOMPARE(keys().list()->size(), 1);
    QVERIFY(logInAs(*m_t->db, u"director"_s, u"director-2026"_s));
    QVERIFY(keys().unlock(passphrase));
}

void TestInstitutionKeys::secretStaysOutOfTheAuditTrail()
{
    const KeyInfo key = created();
    QVERIFY(keys().changePassphrase(passphrase, otherPassphrase));
    QVERIFY(keys().rotate(otherPassphrase));
    const QSqlDatabase db = m_t->db->connection();
    QSqlQuery rows(db);
    QVERIFY(rows.exec(u"SELECT action, coalesce(old_values, ''), coalesce(new_values, '') FROM audit_log "
                      "WHERE table_name = 'institution_keys' ORDER BY id"_s));
    QStringList actions;
    QSqlQuery boxes(db);
    QVERIFY(boxes.exec(u"SELECT hex(secret_box) FROM institution_keys"_s));
    QStringList secrets;
    while (boxes.next())
        secrets << boxes.value(0).toString();
    QCOMPARE(secrets.size(), 2);
    while (rows.next()) {
        actions << rows.value(0).toString();
        const QString values = rows.value(1).toString() + rows.value(2).toString();
        for (const QString& secret : secrets)
            QVERIFY(!values.contains(secret, Qt::CaseInsensitive));
        if (rows.value(0).toString() == u"insert"_s)
            QVERIFY2(values.contains(u"\"secret_box\":\"***\""_s), qPrintable(values));
    }
    // The creation, the new passphrase, the old key retired and the new one made.
    QCOMPARE(actions, (QStringList {u"insert"_s, u"update"_s, u"update"_s, u"insert"_s}));
    QVERIFY(Sql::scalar(db,
                        u"SELECT count(*) FROM audit_log WHERE new_values LIKE '%%1%'"_s.arg(
                            QString::fromLatin1(key.publicKey.toHex().toUpper())))
                .toInt()
            >= 1);
}

void TestInstitutionKeys::unlockWithoutKeySaysSo()
{
    const Result<SigningKey> unlocked = keys().unlock(passphrase);
    QVERIFY(!unlocked);
    QVERIFY2(unlocked.error().contains(u"no signing key yet"_s), qPrintable(unlocked.error()));
}

QTEST_GUILESS_MAIN(TestInstitutionKeys)
#include "tst_institution_keys.moc"
