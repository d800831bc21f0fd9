#pragma once

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

private:
    void onNewConnection();
    QStringList m_hits;
};

} // namespace oht::test
