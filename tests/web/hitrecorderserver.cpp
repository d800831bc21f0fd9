#include "hitrecorderserver.h"

#include <QTcpSocket>

namespace oht::test {

HitRecorderServer::HitRecorderServer(QObject *parent) : QTcpServer(parent)
{
    connect(this, &QTcpServer::newConnection, this, &HitRecorderServer::onNewConnection);
}

bool HitRecorderServer::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

QStringList HitRecorderServer::hitsContaining(const QString &marker) const
{
    return m_hits.filter(marker);
}

void HitRecorderServer::onNewConnection()
{
    while (QTcpSocket *socket = nextPendingConnection()) {
        // The connection itself is a hit, even if no request line ever arrives.
        const qsizetype index = m_hits.size();
        m_hits.append(QStringLiteral("<connection>"));
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, index] {
            if (!socket->canReadLine())
                return;
            m_hits[index] = QString::fromLatin1(socket->readLine().trimmed());
            socket->readAll();
            const QByteArray body = "leaked";
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n"
                          "Access-Control-Allow-Origin: *\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

} // namespace oht::test
