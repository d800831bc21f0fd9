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

void HitRecorderServer::setResponse(const QByteArray &path, const QByteArray &contentType,
                                    const QByteArray &body)
{
    m_responses.insert(path, {contentType, body});
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
            const QByteArray line = socket->readLine().trimmed();
            m_hits[index] = QString::fromLatin1(line);
            socket->readAll();
            const QByteArray path = line.split(' ').value(1);
            // A real image, so that a leaked <img> would load and say so.
            static const QByteArray gif = QByteArray::fromBase64(
                "R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==");
            const auto custom = m_responses.constFind(path);
            const QByteArray type = custom != m_responses.cend() ? custom->first : "image/gif";
            const QByteArray body = custom != m_responses.cend() ? custom->second : gif;
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: " + type +
                          "\r\n"
                          "Access-Control-Allow-Origin: *\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

} // namespace oht::test
