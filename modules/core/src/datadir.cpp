#include "oht/core/datadir.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace oht {

namespace {

/// The folder a portable marker is looked for in (see portableDataDir()).
QString portableRoot(const QString &applicationDir)
{
    const QString appImage = qEnvironmentVariable("APPIMAGE");
    if (!appImage.isEmpty())
        return QFileInfo(appImage).absolutePath();
    const QString dir = QDir::cleanPath(QDir(applicationDir).absolutePath());
    // <root>/Name.app/Contents/MacOS: the marker and the data go beside Name.app.
    static const QString bundleTail = QStringLiteral(".app/Contents/MacOS");
    if (dir.endsWith(bundleTail, Qt::CaseInsensitive)) {
        QDir up(dir);
        if (up.cdUp() && up.cdUp() && up.cdUp())
            return up.absolutePath();
    }
    return dir;
}

bool hasMarker(const QString &root)
{
    const QDir dir(root);
    const QString name = QLatin1String(kPortableMarkerName);
    // A folder named "portable" is not a marker: only a file is.
    return QFileInfo(dir.filePath(name)).isFile() ||
           QFileInfo(dir.filePath(name + QLatin1String(".txt"))).isFile();
}

} // namespace

QString portableDataDir(const QString &applicationDir, bool requested)
{
    if (applicationDir.isEmpty() && !requested)
        return {};
    const QString root = portableRoot(applicationDir);
    if (!requested && !hasMarker(root))
        return {};
    return QDir(root).filePath(QLatin1String(kPortableDataDirName));
}

QString resolveDataDir(const QString &explicitDir, const QString &portableDir)
{
    if (!explicitDir.isEmpty())
        return QDir(explicitDir).absolutePath();
    if (!portableDir.isEmpty())
        return QDir(portableDir).absolutePath();
    const QString env = qEnvironmentVariable("OHT_DATA_DIR");
    if (!env.isEmpty())
        return QDir(env).absolutePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

void keepUserSettingsIn(const QString &dataDir)
{
    const QString dir = QDir(dataDir).filePath(QStringLiteral("settings"));
    // Qt 6's QSettings(scope, org, app) uses the default format; NativeFormat is the
    // registry on Windows and a plist on macOS, which setPath() cannot move.
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, dir);
}

} // namespace oht
