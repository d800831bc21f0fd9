#pragma once

#include <QList>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

namespace oht::test {

/// A real nginx on 127.0.0.1 for one test: generated config in a temporary prefix,
/// `daemon off`, `master_process off` (runs as the current user, root or not), pid and
/// logs in the prefix, a free port. The access log records, per request, what the tests
/// count: status, body bytes sent, and the Range / If-Range headers received.
class NginxServer
{
public:
    struct Hit
    {
        int status = 0;
        qint64 bodyBytes = 0;
        QString range;   ///< "-" when the request had none
        QString ifRange; ///< "-" when the request had none
        QString path;
    };

    NginxServer();
    ~NginxServer();

    static QString binary(); ///< empty when nginx is not installed

    /// Starts nginx serving `webRoot`; `/slow/ANY-TAG/path` serves `path` from the same
    /// root at `slowRate` bytes per second (nginx `limit_rate`), so a test can stop a
    /// transfer half-way, and each test can use its own URL.
    bool start(const QString &webRoot, qint64 slowRate = 20 * 1024 * 1024);
    void stop();

    QUrl url(const QString &path) const;
    QList<Hit> hits() const;
    QString errorLog() const;

private:
    QTemporaryDir m_prefix;
    QProcess m_process;
    quint16 m_port = 0;
};

} // namespace oht::test
