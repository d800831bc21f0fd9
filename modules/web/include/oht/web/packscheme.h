#pragma once

#include <QString>
#include <QUrl>

namespace oht::web {

/// The URL scheme that serves installed packs: `oht-pack://<pack-id>/<pack path>`.
/// Each pack id is the host, so each pack is its own web origin.
inline constexpr char kPackScheme[] = "oht-pack";

/// Registers the pack scheme with QtWebEngine. Must run once, before the
/// QApplication is constructed (QtWebEngine reads the registry at start-up). Cheap:
/// it does not start Chromium.
void registerPackScheme();

/// `oht-pack://<packId>/<path>#<fragment>`; `path` is a decoded pack path
/// ("lessons/intro.md"), `fragment` without the '#'.
QUrl packUrl(const QString &packId, const QString &path, const QString &fragment = {});

/// A URL of the pack scheme, split.
struct PackLocation
{
    QString packId;
    QString path;     ///< decoded pack path, no leading '/'
    QString fragment; ///< without '#'
    bool isValid() const { return !packId.isEmpty(); }
};

/// Splits a pack URL. Returns an invalid location for another scheme, a missing host,
/// a query string, or a path that breaks the pack path rules (isSafePackPath); an
/// empty path (the origin itself) is valid with `path` empty.
PackLocation packLocation(const QUrl &url);

} // namespace oht::web
