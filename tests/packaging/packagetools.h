#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace oht::test {

/// What one run of an external tool produced.
struct ToolRun
{
    bool started = false;
    bool finished = false; ///< exited by itself (not crashed, not timed out)
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    bool ok() const { return finished && exitCode == 0; }
    QString outText() const { return QString::fromUtf8(out); }
    /// Program, exit code and both streams, for failure messages.
    QString describe() const;
};

/// Runs the Debian and freedesktop tools the packaging tests check with, and finds the
/// `.deb` that the packaging_cpack fixture built into OHT_DEB_DIR.
class PackageTools
{
public:
    /// The one `.deb` in `dir`, or "" (with `error` set).
    static QString findDeb(const QString &dir, QString *error);
    /// Whether `program` is on PATH.
    static bool hasTool(const QString &program);
    static ToolRun run(const QString &program, const QStringList &args,
                       const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                       int timeoutMs = 120'000);
    /// `dpkg -x DEB ROOT`.
    static ToolRun extract(const QString &deb, const QString &root);
    /// An environment for starting the extracted GUI: a real display when there is one
    /// ($DISPLAY, e.g. from xvfb-run), else offscreen; no sandbox (tests may run as root).
    static QProcessEnvironment guiEnvironment();
    /// `oht-smoke KEY VALUE` lines of a --smoke-test run, as KEY → VALUE.
    static QHash<QString, QString> smokeLines(const QByteArray &out);
};

} // namespace oht::test
