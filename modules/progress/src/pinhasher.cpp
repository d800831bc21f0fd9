#include "pinhasher.h"

#include <QCoreApplication>
#include <sodium.h>

namespace oht::progress::PinHasher {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("oht::progress::PinHasher", text);
}

bool ensureSodium()
{
    // Idempotent and thread-safe; returns 1 when already initialised.
    static const bool ok = sodium_init() >= 0;
    return ok;
}

} // namespace

Result<QByteArray> hash(const QString &pin)
{
    if (!ensureSodium())
        return Error::internal(QStringLiteral("progress.no-crypto"),
                               tr("The cryptography library (libsodium) could not start."));
    const QByteArray utf8 = pin.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return Error::io(QStringLiteral("progress.pin-hash-failed"),
                         tr("Not enough memory to protect the PIN; close other programs and "
                            "try again."));
    return QByteArray(out);
}

bool verify(const QByteArray &hash, const QString &pin)
{
    if (!ensureSodium() || hash.isEmpty() || hash.size() >= crypto_pwhash_STRBYTES)
        return false;
    const QByteArray utf8 = pin.toUtf8();
    // QByteArray keeps a terminating NUL, as the C API expects.
    return crypto_pwhash_str_verify(hash.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

} // namespace oht::progress::PinHasher
