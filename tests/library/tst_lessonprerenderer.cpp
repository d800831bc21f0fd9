#include "lessonprerenderer.h"
#include "searchmarkers.h"

#include <QTest>

using namespace oht;
using library::LessonPreRenderer;
using packformat::LessonFormat;

class TestLessonPreRenderer : public QObject
{
    Q_OBJECT

private slots:
    void rendersOnlyLessons()
    {
        LessonPreRenderer renderer(
            {{"lessons/a.md", LessonFormat::Markdown}, {"lessons/b.html", LessonFormat::Html}});
        renderer.submit("lessons/a.md", "# Triage\n\nSort **patients** by need.\n");
        renderer.submit("lessons/b.html", "<html><body><p>Consent &amp; data</p></body></html>");
        renderer.submit("quizzes/q.json", "{\"questions\": []}"); // not a lesson: ignored
        renderer.submit("media/x.png", "\x89PNG");
        const auto texts = renderer.finish();
        QCOMPARE(texts.size(), 2);
        QVERIFY2(texts.value("lessons/a.md").contains("Sort patients by need"),
                 qPrintable(texts.value("lessons/a.md")));
        QVERIFY(!texts.value("lessons/a.md").contains("**"));
        QVERIFY2(texts.value("lessons/b.html").contains("Consent & data"),
                 qPrintable(texts.value("lessons/b.html")));
    }

    void searchMarkersCannotBeForged()
    {
        // The index text never holds the characters search uses to mark matches.
        LessonPreRenderer renderer({{"l.md", LessonFormat::Markdown}});
        renderer.submit(
            "l.md",
            QString("A %1forged%2 match").arg(library::kMatchStart, library::kMatchEnd).toUtf8());
        const QString text = renderer.finish().value("l.md");
        QVERIFY(text.contains("forged"));
        QVERIFY(!text.contains(library::kMatchStart));
        QVERIFY(!text.contains(library::kMatchEnd));
    }

    void finishWithNothingSubmitted()
    {
        LessonPreRenderer renderer({{"l.md", LessonFormat::Markdown}});
        QVERIFY(renderer.finish().isEmpty());
    }

    void destroyedWithWorkQueued()
    {
        // A refused import drops the renderer mid-way: it must stop, not hang or crash.
        auto renderer = std::make_unique<LessonPreRenderer>(
            QHash<QString, LessonFormat>{{"l.md", LessonFormat::Markdown}});
        for (int i = 0; i < 200; ++i)
            renderer->submit("l.md", QByteArray("# Lesson\n\n") + QByteArray(20000, 'x'));
        renderer.reset();
        QVERIFY(!renderer);
    }
};

QTEST_GUILESS_MAIN(TestLessonPreRenderer)
#include "tst_lessonprerenderer.moc"
