#include "ohtpackrunner.h"

#include <QProcess>

namespace oht::test {

namespace {
QStringList lines(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}
} // namespace

QStringList CliRun::outLines() const
{
    return lines(out);
}

QStringList CliRun::errLines() const
{
    return lines(err);
}

QJsonDocument CliRun::json() const
{
    return QJsonDocument::fromJson(out);
}

QString CliRun::describe() const
{
    return QStringLiteral("exit %1%2; stdout: %3; stderr: %4")
        .arg(exitCode)
        .arg(crashed ? QStringLiteral(" (crashed)") : QString())
        .arg(outText().left(2000), errText().left(2000));
}

OhtpackRunner::OhtpackRunner(QString dataDir)
    : m_dataDir(std::move(dataDir)), m_env(QProcessEnvironment::systemEnvironment())
{
    m_env.remove(QStringLiteral("OHT_DATA_DIR"));
    m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
}

QString OhtpackRunner::binary()
{
    return QStringLiteral(OHT_OHTPACK_BINARY);
}

QStringList OhtpackRunner::arguments(const QStringList &args) const
{
    QStringList all = args;
    if (!m_dataDir.isEmpty())
        all << QStringLiteral("--data-dir") << m_dataDir;
    return all;
}

CliRun OhtpackRunner::run(const QStringList &args, int timeoutMs) const
{
    return runRaw(arguments(args), timeoutMs);
}

CliRun OhtpackRunner::runRaw(const QStringList &args, int timeoutMs) const
{
    QProcess process;
    process.setProcessEnvironment(m_env);
    process.start(binary(), args);
    CliRun result;
    if (!process.waitForStarted() || !process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.crashed = true;
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    if (process.exitStatus() == QProcess::CrashExit)
        result.crashed = true;
    result.exitCode = process.exitCode();
    return result;
}

} // namespace oht::test
