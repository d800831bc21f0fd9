#pragma once

#include "oht/web/lessontheme.h"

#include <QUrl>
#include <QWebEngineUrlSchemeHandler>

namespace oht::web {

class PackContent;

/// Serves `oht-pack://<pack-id>/<path>` straight from PackContent (the library's blob
/// store): a lesson file as a whole HTML page (lessonPageHtml), the reserved
/// `/_oht/lesson.css` from the app's resources, any other pack file raw with a MIME
/// type by extension (streamed from disk). Refuses, with a failed request: methods
/// other than GET, unsafe or unknown paths, unknown packs, and requests whose
/// initiator is another origin (pack A can never read pack B).
class PackSchemeHandler : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT
public:
    explicit PackSchemeHandler(const PackContent &content, QObject *parent = nullptr);

    void requestStarted(QWebEngineUrlRequestJob *job) override;

    /// Theme written into lesson pages served from now on.
    void setTheme(LessonTheme theme) { m_theme = theme; }
    LessonTheme theme() const { return m_theme; }

signals:
    /// A request was refused (cross-origin initiator, bad method or path, missing file).
    void requestRefused(const QUrl &url, const QUrl &initiator, const QString &reason);

private:
    void refuse(QWebEngineUrlRequestJob *job, int error, const QString &reason);

    const PackContent &m_content;
    LessonTheme m_theme = LessonTheme::Light;
};

} // namespace oht::web
