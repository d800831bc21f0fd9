#pragma once

#include "oht/catalog/publisherkey.h"

#include <QList>
#include <QString>
#include <optional>

namespace oht::catalog {

/// The publisher keys whose signatures the app accepts, looked up by key id.
class TrustedKeys
{
public:
    TrustedKeys() = default;
    explicit TrustedKeys(QList<PublisherKey> keys);

    /// Adds a key, or renames it when the same key is already trusted.
    void add(const PublisherKey &key);
    bool remove(const QString &keyId);
    std::optional<PublisherKey> find(const QString &keyId) const;
    const QList<PublisherKey> &keys() const { return m_keys; }
    bool isEmpty() const { return m_keys.isEmpty(); }

private:
    QList<PublisherKey> m_keys;
};

} // namespace oht::catalog
