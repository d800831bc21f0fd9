#include "nginxserver.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace oht::test {

namespace {

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool accepting(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(200);
}

} // namespace

NginxServer::NginxServer() = default;

NginxServer::~NginxServer()
{
    stop();
}

QString NginxServer::binary()
{
    QString path = QStandardPaths::findExecutable(QStringLiteral("nginx"));
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(
            QStringLiteral("nginx"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
    return path;
}

bool NginxServer::start(const QString &webRoot, qint64 slowRate)
{
    const QString nginx = binary();
    if (nginx.isEmpty() || !m_prefix.isValid())
        return false;
    const QString prefix = m_prefix.path();
    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = freePort();
        const QString conf = QStringLiteral(R"(daemon off;
master_process off;
worker_processes 1;
pid %1/nginx.pid;
error_log %1/error.log warn;
events { worker_connections 64; }
http {
    log_format counting '$status $body_bytes_sent "$http_range" "$http_if_range" $uri';
    access_log %1/access.log counting;
    client_body_temp_path %1/client_body;
    proxy_temp_path %1/proxy;
    fastcgi_temp_path %1/fastcgi;
    uwsgi_temp_path %1/uwsgi;
    scgi_temp_path %1/scgi;
    types { application/json json; application/octet-stream ohtpack; }
    default_type application/octet-stream;
    gzip off;
    server {
        listen 127.0.0.1:%2;
        root %3;
        location ~ ^/slow/[^/]+/(.*)$ {
            alias %3/$1;
            limit_rate %4;
        }
    }
}
)")
                                 .arg(prefix)
                                 .arg(m_port)
                                 .arg(QDir(webRoot).absolutePath())
                                 .arg(slowRate);
        QFile file(prefix + QStringLiteral("/nginx.conf"));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(conf.toUtf8()) < 0)
            return false;
        file.close();
        QFile::remove(prefix + QStringLiteral("/access.log"));
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(nginx, {QStringLiteral("-p"), prefix, QStringLiteral("-c"),
                                prefix + QStringLiteral("/nginx.conf"), QStringLiteral("-e"),
                                prefix + QStringLiteral("/error.log")});
        if (!m_process.waitForStarted(10'000))
            return false;
        for (int i = 0; i < 100 && m_process.state() == QProcess::Running; ++i) {
            if (accepting(m_port))
                return true;
            QTest::qWait(50);
        }
        qWarning() << "nginx did not start:" << m_process.readAll() << errorLog();
        stop();
    }
    return false;
}

void NginxServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate(); // SIGTERM: fast shutdown
    if (!m_process.waitForFinished(10'000)) {
        m_process.kill();
        m_process.waitForFinished(10'000);
    }
}

QUrl NginxServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/%2").arg(m_port).arg(path));
}

QList<NginxServer::Hit> NginxServer::hits() const
{
    static const QRegularExpression line(
        QStringLiteral(R"re(^(\d{3}) (\d+) "([^"]*)" "([^"]*)" (\S+)$)re"));
    QList<Hit> list;
    QFile file(m_prefix.path() + QStringLiteral("/access.log"));
    if (!file.open(QIODevice::ReadOnly))
        return list;
    for (const QByteArray &raw : file.readAll().split('\n')) {
        const auto match = line.match(QString::fromUtf8(raw.trimmed()));
        if (!match.hasMatch())
            continue;
        list.append({match.captured(1).toInt(), match.captured(2).toLongLong(), match.captured(3),
                     match.captured(4), match.captured(5)});
    }
    return list;
}

QString NginxServer::errorLog() const
{
    QFile file(m_prefix.path() + QStringLiteral("/error.log"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace oht::test
