#include "oht/ui/uisettings.h"

#include <QDir>
#include <QUrl>

namespace oht::ui {

UiSettings::UiSettings(const QString &dataDir)
    : m_settings(QDir(dataDir).filePath(QStringLiteral("settings.ini")), QSettings::IniFormat)
{}

QByteArray UiSettings::windowGeometry() const
{
    return m_settings.value(QStringLiteral("window/geometry")).toByteArray();
}

void UiSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(QStringLiteral("window/geometry"), geometry);
}

QByteArray UiSettings::windowState() const
{
    return m_settings.value(QStringLiteral("window/state")).toByteArray();
}

void UiSettings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(QStringLiteral("window/state"), state);
}

double UiSettings::zoomFactor() const
{
    const double factor = m_settings.value(QStringLiteral("lesson/zoom"), 1.0).toDouble();
    // A hand-edited or corrupt value must not make lessons unreadable.
    return factor >= 0.25 && factor <= 5.0 ? factor : 1.0;
}

void UiSettings::setZoomFactor(double factor)
{
    m_settings.setValue(QStringLiteral("lesson/zoom"), factor);
}

QString UiSettings::lastPackId() const
{
    return m_settings.value(QStringLiteral("session/pack")).toString();
}

QString UiSettings::lastItemId() const
{
    return m_settings.value(QStringLiteral("session/item")).toString();
}

void UiSettings::setLastOpened(const QString &packId, const QString &itemId)
{
    m_settings.setValue(QStringLiteral("session/pack"), packId);
    m_settings.setValue(QStringLiteral("session/item"), itemId);
}

QString UiSettings::positionKey(const QString &packId, const QString &itemId)
{
    // Pack ids contain dots, which QSettings keeps; percent-encoding keeps '/' out of keys.
    return QStringLiteral("reading/%1/%2")
        .arg(QString::fromLatin1(QUrl::toPercentEncoding(packId)),
             QString::fromLatin1(QUrl::toPercentEncoding(itemId)));
}

double UiSettings::position(const QString &packId, const QString &itemId) const
{
    const double fraction = m_settings.value(positionKey(packId, itemId), 0.0).toDouble();
    return qBound(0.0, fraction, 1.0);
}

void UiSettings::setPosition(const QString &packId, const QString &itemId, double fraction)
{
    m_settings.setValue(positionKey(packId, itemId), qBound(0.0, fraction, 1.0));
}

void UiSettings::forgetPack(const QString &packId)
{
    m_settings.remove(
        QStringLiteral("reading/%1").arg(QString::fromLatin1(QUrl::toPercentEncoding(packId))));
    if (lastPackId() == packId)
        setLastOpened({}, {});
}

void UiSettings::sync()
{
    m_settings.sync();
}

} // namespace oht::ui
