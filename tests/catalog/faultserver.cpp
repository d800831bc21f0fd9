#include "faultserver.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTcpSocket>

#include <utility>

namespace oht::test {

namespace {

QByteArray headerValue(const QByteArray &request, const QByteArray &name)
{
    for (const QByteArray &line : request.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == name.toLower())
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

QByteArray reason(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 206:
        return "Partial Content";
    case 404:
        return "Not Found";
    case 416:
        return "Range Not Satisfiable";
    default:
        return "Status";
    }
}

} // namespace

FaultServer::FaultServer(QByteArray body, QObject *parent)
    : QTcpServer(parent), m_body(std::move(body)), m_etag("\"v1\"")
{
    connect(this, &QTcpServer::newConnection, this, &FaultServer::onNewConnection);
}

bool FaultServer::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

QUrl FaultServer::url(const QString &name) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/%2").arg(serverPort()).arg(name));
}

void FaultServer::onNewConnection()
{
    while (QTcpSocket *socket = nextPendingConnection()) {
        auto *buffer = new QByteArray;
        connect(socket, &QTcpSocket::disconnected, socket, [socket, buffer] {
            delete buffer;
            socket->deleteLater();
        });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray request = buffer->left(end);
            buffer->remove(0, end + 4);
            respond(socket, request);
        });
    }
}

void FaultServer::send(QTcpSocket *socket, int status, const QList<QByteArray> &headers,
                       qint64 from, qint64 count, qint64 limit)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    for (const QByteArray &h : headers)
        head += h + "\r\n";
    head += "Content-Length: " + QByteArray::number(count) + "\r\n";
    head += "Connection: close\r\n\r\n";
    socket->write(head);
    const qint64 sent = limit >= 0 ? qMin(limit, count) : count;
    if (sent > 0)
        socket->write(m_body.constData() + from, sent);
    m_hits.last().status = status;
    m_hits.last().bodyBytes = sent;
}

void FaultServer::respond(QTcpSocket *socket, const QByteArray &request)
{
    const Step step = m_plan.isEmpty() ? Step{} : m_plan.takeFirst();
    const QByteArray range = headerValue(request, "Range");
    const QByteArray ifRange = headerValue(request, "If-Range");
    m_hits.append({range, ifRange, 0, 0});
    if (step.fault == Fault::ChangeEtag) {
        m_etag = "\"v" + QByteArray::number(++m_etagGeneration) + '"';
        if (!m_nextBody.isEmpty())
            m_body = std::exchange(m_nextBody, {});
    }
    const qint64 size = m_body.size();
    const QList<QByteArray> common{"ETag: " + m_etag, "Accept-Ranges: bytes"};

    if (step.fault == Fault::NotFound) {
        send(socket, 404, {}, 0, 0, 0);
        socket->disconnectFromHost();
        return;
    }
    if (step.fault == Fault::Status416) {
        send(socket, 416, {"Content-Range: bytes */" + QByteArray::number(size)}, 0, 0, 0);
        socket->disconnectFromHost();
        return;
    }
    static const QRegularExpression rangePattern(QStringLiteral("^bytes=(\\d+)-$"));
    const auto match = rangePattern.match(QString::fromLatin1(range));
    const bool rangeApplies = match.hasMatch() && step.fault != Fault::IgnoreRange &&
                              (ifRange.isEmpty() || ifRange == m_etag);
    qint64 from = rangeApplies ? match.captured(1).toLongLong() : 0;
    if (rangeApplies && from >= size) {
        send(socket, 416, {"Content-Range: bytes */" + QByteArray::number(size)}, 0, 0, 0);
        socket->disconnectFromHost();
        return;
    }
    QList<QByteArray> headers = common;
    int status = 200;
    if (rangeApplies || step.fault == Fault::WrongOffset || step.fault == Fault::BadEtag206) {
        status = 206;
        if (step.fault == Fault::WrongOffset)
            from = 0;
        if (step.fault == Fault::BadEtag206)
            headers[0] = "ETag: \"someone-else\"";
        headers << "Content-Range: bytes " + QByteArray::number(from) + '-' +
                       QByteArray::number(size - 1) + '/' + QByteArray::number(size);
    }
    const bool cut = step.fault == Fault::CutAfter || step.fault == Fault::Stall;
    send(socket, status, headers, from, size - from, cut ? step.bytes : -1);
    if (step.fault == Fault::Stall) {
        m_stalled.append(socket); // stays open and silent until the client gives up
        return;
    }
    socket->disconnectFromHost(); // after the pending bytes are written
}

} // namespace oht::test
