#include "packagetools.h"

#include <QDir>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>

namespace oht::test {

QString ToolRun::describe() const
{
    return QStringLiteral("started=%1 finished=%2 exit=%3\nstdout:\n%4\nstderr:\n%5")
        .arg(started)
        .arg(finished)
        .arg(exitCode)
        .arg(QString::fromUtf8(out.right(4000)), QString::fromUtf8(err.right(4000)));
}

QString PackageTools::findDeb(const QString &dir, QString *error)
{
    const QStringList debs = QDir(dir).entryList({QStringLiteral("*.deb")}, QDir::Files);
    if (debs.size() != 1) {
        *error = QStringLiteral("expected one .deb in %1 (the packaging_cpack test makes it), "
                                "found %2")
                     .arg(dir, debs.join(QLatin1Char(' ')));
        return {};
    }
    return QDir(dir).filePath(debs.first());
}

bool PackageTools::hasTool(const QString &program)
{
    return !QStandardPaths::findExecutable(program).isEmpty();
}

ToolRun PackageTools::run(const QString &program, const QStringList &args,
                          const QProcessEnvironment &env, int timeoutMs)
{
    ToolRun result;
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, args);
    result.started = process.waitForStarted(30'000);
    if (!result.started) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        result.err = "timed out\n" + process.readAllStandardError();
        result.out = process.readAllStandardOutput();
        return result;
    }
    result.finished = process.exitStatus() == QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

ToolRun PackageTools::extract(const QString &deb, const QString &root)
{
    return run(QStringLiteral("dpkg"), {QStringLiteral("-x"), deb, root});
}

QProcessEnvironment PackageTools::guiEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const bool display = !env.value(QStringLiteral("DISPLAY")).isEmpty();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"),
               display ? QStringLiteral("xcb") : QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QTWEBENGINE_DISABLE_SANDBOX"), QStringLiteral("1"));
    // The extracted binaries must find everything on their own.
    env.remove(QStringLiteral("LD_LIBRARY_PATH"));
    env.remove(QStringLiteral("QT_PLUGIN_PATH"));
    env.remove(QStringLiteral("OHT_DATA_DIR"));
    return env;
}

QHash<QString, QString> PackageTools::smokeLines(const QByteArray &out)
{
    QHash<QString, QString> lines;
    for (const QByteArray &raw : out.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (!line.startsWith(QLatin1String("oht-smoke ")))
            continue;
        const QString rest = line.mid(10);
        const qsizetype space = rest.indexOf(QLatin1Char(' '));
        if (space < 0)
            lines.insert(rest, QString());
        else
            lines.insert(rest.left(space), rest.mid(space + 1));
    }
    return lines;
}

} // namespace oht::test
