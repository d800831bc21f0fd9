#include "lessonprerenderer.h"

#include "preparedpack.h"

namespace oht::library {

LessonPreRenderer::LessonPreRenderer(QHash<QString, packformat::LessonFormat> lessons)
    : m_lessons(std::move(lessons)), m_thread([this] { run(); })
{}

LessonPreRenderer::~LessonPreRenderer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_queue.clear();
    }
    m_changed.notify_all();
    m_thread.join();
}

void LessonPreRenderer::submit(const QString &path, const QByteArray &source)
{
    const auto format = m_lessons.constFind(path);
    if (format == m_lessons.cend())
        return;
    bool wake = false;
    {
        std::lock_guard lock(m_mutex);
        // The worker only sleeps on an empty queue: waking it for every lesson would cost
        // a thread switch per entry on the thread reading the archive.
        wake = m_queue.empty() && !m_busy;
        m_queue.push_back({path, source, *format});
    }
    if (wake)
        m_changed.notify_all();
}

QHash<QString, QString> LessonPreRenderer::finish()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return m_queue.empty() && !m_busy; });
    return std::exchange(m_texts, {});
}

void LessonPreRenderer::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [&] { return m_stopping || !m_queue.empty(); });
        if (m_stopping)
            return;
        Job job = std::move(m_queue.front());
        m_queue.pop_front();
        m_busy = true;
        lock.unlock();
        QString text = indexableText(
            packformat::renderLesson(job.source, job.format, packformat::RenderParts::ContentOnly)
                .plainText);
        lock.lock();
        m_busy = false;
        m_texts.insert(job.path, std::move(text));
        if (m_queue.empty())
            m_changed.notify_all();
    }
}

} // namespace oht::library
