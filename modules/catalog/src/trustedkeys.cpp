#include "oht/catalog/trustedkeys.h"

namespace oht::catalog {

TrustedKeys::TrustedKeys(QList<PublisherKey> keys)
{
    for (const auto &key : keys)
        add(key);
}

void TrustedKeys::add(const PublisherKey &key)
{
    for (auto &existing : m_keys) {
        if (existing.publicKey == key.publicKey) {
            existing.name = key.name;
            return;
        }
    }
    m_keys.append(key);
}

bool TrustedKeys::remove(const QString &keyId)
{
    return m_keys.removeIf([&](const PublisherKey &k) { return k.keyId() == keyId; }) > 0;
}

std::optional<PublisherKey> TrustedKeys::find(const QString &keyId) const
{
    // Key ids are 64-bit prefixes: compare the id, the verifier then uses the full key.
    for (const auto &key : m_keys)
        if (key.keyId() == keyId)
            return key;
    return std::nullopt;
}

} // namespace oht::catalog
