#pragma once

#include "oht/catalog/catalog.h"
#include "oht/catalog/catalogsource.h"
#include "oht/core/error.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

namespace oht::catalog {

/// Reads a catalog from its source. A local folder (a USB drive) is read straight from
/// disk and never touches the network: `network` may then be null. A remote catalog is
/// fetched with `network` (capped at kMaxCatalogBytes, redirects kept to https/http).
/// Results always arrive through the signals, after load() has returned.
class CatalogLoader : public QObject
{
    Q_OBJECT

public:
    explicit CatalogLoader(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~CatalogLoader() override;

    void load(const CatalogSource &source);
    void abort();
    bool isLoading() const;

    /// Synchronous read of a local catalog (folder or catalog.json path).
    static Result<Catalog> loadLocal(const CatalogSource &source);

signals:
    void loaded(const oht::catalog::Catalog &catalog);
    void failed(const oht::Error &error);

private:
    void onFinished();

    QNetworkAccessManager *m_network = nullptr;
    QPointer<QNetworkReply> m_reply;
    QUrl m_url;
    bool m_tooLarge = false;
};

} // namespace oht::catalog
