#pragma once

#include <QObject>

class QWebEngineProfile;
class QWebEngineSettings;

namespace oht::web {

class PackContent;
class PackSchemeHandler;
class RequestInterceptor;

/// The only QWebEngineProfile lesson pages use: off-the-record (nothing written to
/// disk), no persistent cookies, memory cache, no spell-check downloads, the pack
/// scheme handler installed, the request interceptor set, permissive defaults turned
/// off (applySealedSettings), downloads cancelled.
///
/// Creating it starts no Chromium process; the first page does. Create it (through
/// LessonView) only when the first lesson opens. Pages using it must be deleted
/// before it (LessonView does this).
class SealedProfile : public QObject
{
    Q_OBJECT
public:
    explicit SealedProfile(const PackContent &content, QObject *parent = nullptr);
    ~SealedProfile() override;

    QWebEngineProfile *profile() const { return m_profile; }
    PackSchemeHandler *schemeHandler() const { return m_handler; }
    RequestInterceptor *interceptor() const { return m_interceptor; }

    /// Turns off what lesson pages must not do: open windows, touch file:// or remote
    /// URLs from local content, keep local storage, navigate on drop, run plugins or
    /// the PDF viewer, read the clipboard, go full screen, ping, prefetch DNS, and
    /// open unknown URL schemes.
    static void applySealedSettings(QWebEngineSettings *settings);

private:
    QWebEngineProfile *m_profile = nullptr;
    PackSchemeHandler *m_handler = nullptr;
    RequestInterceptor *m_interceptor = nullptr;
};

} // namespace oht::web
