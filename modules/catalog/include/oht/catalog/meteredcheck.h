#pragma once

#include <QObject>

namespace oht::catalog {

/// Tells the download queue whether the current connection is metered (a phone hotspot).
/// An interface so tests can fake a metered connection.
class MeteredCheck : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    virtual bool isMetered() const = 0;

signals:
    void meteredChanged(bool metered);
};

/// MeteredCheck backed by QNetworkInformation: loads the platform backend if there is
/// one that reports metered connections; without one (or before it knows) the
/// connection counts as not metered.
class NetworkInformationMeteredCheck final : public MeteredCheck
{
    Q_OBJECT

public:
    explicit NetworkInformationMeteredCheck(QObject *parent = nullptr);
    bool isMetered() const override;
    /// False when no backend could tell metered connections apart.
    bool hasBackend() const { return m_hasBackend; }

private:
    bool m_hasBackend = false;
};

} // namespace oht::catalog
