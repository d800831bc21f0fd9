#include "oht/catalog/catalogloader.h"

#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace oht::catalog {

CatalogLoader::CatalogLoader(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent), m_network(network)
{}

CatalogLoader::~CatalogLoader()
{
    abort();
}

Result<Catalog> CatalogLoader::loadLocal(const CatalogSource &source)
{
    const QUrl url = source.documentUrl();
    QFile file(url.toLocalFile());
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(
            QStringLiteral("catalog.unreadable"),
            tr("Cannot read the catalog %1: %2").arg(file.fileName(), file.errorString()));
    if (file.size() > kMaxCatalogBytes)
        return Error::invalid(QStringLiteral("catalog.too-large"),
                              tr("The catalog %1 is larger than %2 MiB.")
                                  .arg(file.fileName())
                                  .arg(kMaxCatalogBytes >> 20));
    return Catalog::parse(file.readAll(), url);
}

void CatalogLoader::load(const CatalogSource &source)
{
    abort();
    if (source.isLocal()) {
        // Read now, report from the event loop: callers see one behaviour for both kinds.
        auto result = loadLocal(source);
        QTimer::singleShot(0, this, [this, result] {
            if (result)
                emit loaded(*result);
            else
                emit failed(result.error());
        });
        return;
    }
    m_url = source.documentUrl();
    const QString scheme = m_url.scheme();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        const Error error = Error::invalid(
            QStringLiteral("catalog.bad-url"),
            tr("%1 is not a catalog address (http, https or a folder).").arg(m_url.toString()));
        QTimer::singleShot(0, this, [this, error] { emit failed(error); });
        return;
    }
    if (!m_network) {
        const Error error =
            Error::internal(QStringLiteral("catalog.no-network"),
                            tr("No network access was given for %1.").arg(m_url.toDisplayString()));
        QTimer::singleShot(0, this, [this, error] { emit failed(error); });
        return;
    }
    m_tooLarge = false;
    QNetworkRequest request(m_url);
    request.setTransferTimeout(30'000);
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (received > kMaxCatalogBytes && m_reply) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
    connect(m_reply, &QNetworkReply::finished, this, &CatalogLoader::onFinished);
}

void CatalogLoader::abort()
{
    if (!m_reply)
        return;
    m_reply->disconnect(this);
    m_reply->abort();
    m_reply->deleteLater();
    m_reply = nullptr;
}

bool CatalogLoader::isLoading() const
{
    return !m_reply.isNull();
}

void CatalogLoader::onFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const QByteArray json = m_tooLarge ? QByteArray() : reply->read(kMaxCatalogBytes + 1);
    if (m_tooLarge || json.size() > kMaxCatalogBytes) {
        emit failed(Error::invalid(QStringLiteral("catalog.too-large"),
                                   tr("The catalog %1 is larger than %2 MiB.")
                                       .arg(m_url.toDisplayString())
                                       .arg(kMaxCatalogBytes >> 20)));
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        emit failed(Error::io(QStringLiteral("catalog.fetch-failed"),
                              tr("Cannot fetch the catalog %1: %2")
                                  .arg(m_url.toDisplayString(), reply->errorString())));
        return;
    }
    // Relative pack URLs resolve against where the catalog really came from.
    const QUrl finalUrl = reply->url().isValid() ? reply->url() : m_url;
    auto catalog = Catalog::parse(json, finalUrl);
    if (catalog)
        emit loaded(*catalog);
    else
        emit failed(catalog.error());
}

} // namespace oht::catalog
