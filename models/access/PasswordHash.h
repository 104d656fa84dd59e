#pragma once

#include <QByteArray>
#include <QString>

// Argon2id password hashes through libsodium (crypto_pwhash_str). The clear password never leaves these calls.
namespace PasswordHash {
// Empty on failure (out of memory).
QByteArray create(const QString& password);
bool verify(const QByteArray& hash, const QString& password);
} // namespace PasswordHash
