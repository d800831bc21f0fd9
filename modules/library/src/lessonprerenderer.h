#pragma once

#include "oht/packformat/lessonrenderer.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace oht::library {

/// Renders lessons to the text the search index stores on a worker thread while the
/// archive is still being read. The manifest names the lesson files before extraction
/// starts, and extraction keeps one core busy: rendering on the other takes it off the
/// import's critical path. Lessons not submitted (already stored, or too large to be
/// held whole) are rendered later by preparePack().
///
/// The submitted bytes are the archive's; the validator checks the same bytes against
/// the manifest's hashes before anything rendered here is written.
class LessonPreRenderer
{
public:
    /// `lessons`: lesson path -> its format.
    explicit LessonPreRenderer(QHash<QString, packformat::LessonFormat> lessons);
    ~LessonPreRenderer();
    LessonPreRenderer(const LessonPreRenderer &) = delete;
    LessonPreRenderer &operator=(const LessonPreRenderer &) = delete;

    /// Queues `source` when `path` is a lesson; other paths are ignored.
    void submit(const QString &path, const QByteArray &source);
    /// Waits until every queued lesson is rendered; path -> index text.
    QHash<QString, QString> finish();

private:
    struct Job
    {
        QString path;
        QByteArray source;
        packformat::LessonFormat format;
    };
    void run();

    const QHash<QString, packformat::LessonFormat> m_lessons;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Job> m_queue;
    QHash<QString, QString> m_texts;
    bool m_busy = false;
    bool m_stopping = false;
    std::thread m_thread; // last: started once the members above exist
};

} // namespace oht::library
