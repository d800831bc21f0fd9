#include "oht/catalog/meteredcheck.h"

#include "cataloglog.h"

#include <QNetworkInformation>

namespace oht::catalog {

NetworkInformationMeteredCheck::NetworkInformationMeteredCheck(QObject *parent)
    : MeteredCheck(parent)
{
    // QNetworkInformation is Qt's process-wide object; this class is the one place that
    // reaches for it, so the rest of the module stays testable without it.
    if (!QNetworkInformation::instance() &&
        !QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Metered))
        QNetworkInformation::loadDefaultBackend();
    auto *info = QNetworkInformation::instance();
    m_hasBackend = info && info->supports(QNetworkInformation::Feature::Metered);
    if (!m_hasBackend) {
        qCInfo(lcCatalog) << "no network information backend reports metered connections; "
                             "treating the connection as not metered";
        return;
    }
    connect(info, &QNetworkInformation::isMeteredChanged, this, &MeteredCheck::meteredChanged);
}

bool NetworkInformationMeteredCheck::isMetered() const
{
    if (!m_hasBackend)
        return false;
    auto *info = QNetworkInformation::instance();
    return info && info->isMetered();
}

} // namespace oht::catalog
