#pragma once

#include <QHash>
#include <QPair>
#include <QStringList>
#include <QTcpServer>

namespace oht::test {

/// A tiny HTTP server on 127.0.0.1 (random port) that records the request line of
/// every connection it gets and answers 200 with a small body. Any hit from a sealed
/// lesson page is a leak.
class HitRecorderServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit HitRecorderServer(QObject *parent = nullptr);
    bool start();
    quint16 port() const { return serverPort(); }
    /// "GET /img HTTP/1.1" lines, or "<connection>" for a connection that sent nothing yet.
    QStringList hits() const { return m_hits; }
    /// Hits whose request line contains `marker`.
    QStringList hitsContaining(const QString &marker) const;
    /// What to answer for `path` (default: a 1x1 GIF, so image loads would succeed).
    void setResponse(const QByteArray &path, const QByteArray &contentType, const QByteArray &body);

private:
    void onNewConnection();
    QStringList m_hits;
    QHash<QByteArray, QPair<QByteArray, QByteArray>> m_responses;
};

} // namespace oht::test
