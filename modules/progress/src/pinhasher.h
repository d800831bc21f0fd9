#pragma once

#include "oht/core/result.h"

#include <QByteArray>
#include <QString>

namespace oht::progress {

/// PIN hashing with libsodium's crypto_pwhash_str (Argon2id), INTERACTIVE limits
/// (2 passes, 64 MiB: about a tenth of a second). The string it returns embeds the
/// algorithm, limits and salt, so stronger limits later still verify old hashes.
namespace PinHasher {

Result<QByteArray> hash(const QString &pin);
bool verify(const QByteArray &hash, const QString &pin);

} // namespace PinHasher

} // namespace oht::progress
