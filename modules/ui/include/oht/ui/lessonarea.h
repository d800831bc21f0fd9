#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QVBoxLayout;

namespace oht::web {
class LessonView;
class PackContent;
} // namespace oht::web

namespace oht::ui {

class ExternalLinkBar;
class ReadingPositionStore;

/// Hosts the lesson reader. The LessonView (and with it Chromium) is created on the
/// first lesson shown, so the library window never waits for WebEngine.
class LessonArea : public QWidget
{
    Q_OBJECT
public:
    LessonArea(const web::PackContent &content, ReadingPositionStore &positions, double initialZoom,
               QWidget *parent = nullptr);

    /// Opens a lesson at its remembered reading position, or at `fragment`, or at the
    /// first match of `findText`. Returns false (and shows why) when it cannot.
    bool showLesson(const QString &packId, const QString &itemId, const QString &fragment = {},
                    const QString &findText = {});
    /// The reader, or nullptr before the first lesson.
    web::LessonView *view() const { return m_view; }
    double zoomFactor() const;

signals:
    /// The reader was just created: its actions can now go into menus.
    void viewCreated(web::LessonView *view);
    void loadFinished(bool ok);
    void lessonLinkActivated(const QString &packId, const QString &path, const QString &fragment);
    void zoomFactorChanged(double factor);

private:
    void ensureView();

    const web::PackContent &m_content;
    ReadingPositionStore &m_positions;
    double m_initialZoom;
    web::LessonView *m_view = nullptr;
    ExternalLinkBar *m_linkBar;
    QLabel *m_error;
    QVBoxLayout *m_layout;
};

} // namespace oht::ui
