#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace oht::test {

/// What one run of the `ohtpack` binary produced.
struct CliRun
{
    int exitCode = -1;
    bool crashed = false; ///< killed by a signal, or failed to start / timed out
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    QStringList outLines() const;
    QStringList errLines() const;
    /// stdout parsed as JSON; null document when it is not JSON.
    QJsonDocument json() const;
    /// A one-line description for test failure messages.
    QString describe() const;
};

/// Runs the real `ohtpack` binary (OHT_OHTPACK_BINARY) for end-to-end tests, with a
/// clean environment: OHT_DATA_DIR unset unless set here, C.UTF-8 character type.
class OhtpackRunner
{
public:
    /// `dataDir` is passed as --data-dir to every command; empty = not passed.
    explicit OhtpackRunner(QString dataDir = QString());

    static QString binary();
    void setDataDir(const QString &dataDir) { m_dataDir = dataDir; }
    QString dataDir() const { return m_dataDir; }
    QProcessEnvironment &environment() { return m_env; }
    const QProcessEnvironment &environment() const { return m_env; }

    /// Runs `ohtpack ARGS [--data-dir DIR]` and waits (up to `timeoutMs`).
    CliRun run(const QStringList &args, int timeoutMs = 300'000) const;
    /// Runs exactly `args` (no --data-dir added), e.g. for usage-error tests.
    CliRun runRaw(const QStringList &args, int timeoutMs = 300'000) const;
    /// The arguments run() would pass, for callers that start the process themselves.
    QStringList arguments(const QStringList &args) const;

private:
    QString m_dataDir;
    QProcessEnvironment m_env;
};

} // namespace oht::test
