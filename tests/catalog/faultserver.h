#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace oht::test {

/// A small HTTP/1.1 server of the project's own, only for the faults a real server will
/// not produce on demand. It serves one file (`body`, with an ETag) and answers the n-th
/// request according to the n-th Fault of its plan (Normal once the plan runs out):
/// Normal honours Range and If-Range like nginx does.
class FaultServer : public QTcpServer
{
    Q_OBJECT

public:
    enum class Fault {
        Normal,
        CutAfter,    ///< full response head, then only `bytes` bytes, then close
        Stall,       ///< head and `bytes` bytes, then silence with the connection open
        IgnoreRange, ///< 200 with the whole file, whatever the request asked
        ChangeEtag,  ///< a new ETag: the file changed (If-Range then gives a 200)
        BadEtag206,  ///< 206 from the right offset but with a different ETag
        WrongOffset, ///< 206 whose Content-Range starts elsewhere
        Status416,   ///< 416 Range Not Satisfiable
        NotFound,    ///< 404
    };
    struct Step
    {
        Fault fault = Fault::Normal;
        qint64 bytes = 0;
    };
    struct Hit
    {
        QByteArray range;
        QByteArray ifRange;
        int status = 0;
        qint64 bodyBytes = 0; ///< body bytes actually written
    };

    explicit FaultServer(QByteArray body, QObject *parent = nullptr);
    bool start();

    void setPlan(QList<Step> plan) { m_plan = std::move(plan); }
    void setBody(QByteArray body) { m_body = std::move(body); }
    /// The body served from the next ChangeEtag step on. Swapping it inside the server's own
    /// request handling keeps the test free of a race with the client's quick retry.
    void setBodyOnEtagChange(QByteArray body) { m_nextBody = std::move(body); }
    QUrl url(const QString &name = QStringLiteral("pack.ohtpack")) const;
    const QList<Hit> &hits() const { return m_hits; }
    QByteArray etag() const { return m_etag; }

private:
    void onNewConnection();
    void respond(QTcpSocket *socket, const QByteArray &request);
    void send(QTcpSocket *socket, int status, const QList<QByteArray> &headers, qint64 from,
              qint64 count, qint64 limit);

    QByteArray m_body;
    QByteArray m_nextBody;
    QByteArray m_etag;
    int m_etagGeneration = 1;
    QList<Step> m_plan;
    QList<Hit> m_hits;
    QList<QTcpSocket *> m_stalled;
};

} // namespace oht::test
