#include "oht/packformat/lessonrenderer.h"
#include "oht/packformat/manifestparser.h"
#include "oht/reviewui/folderpackcontent.h"
#include "packsourcewriter.h"
#include "tempdatadir.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace oht;
using reviewui::FolderPackContent;

namespace {
const QString kPack = QStringLiteral("org.example.test");
}

/// The reviewer's PackContent over a source folder: lessons rendered as the library
/// renders them, files by pack path, nothing outside the folder.
class TestFolderPackContent : public QObject
{
    Q_OBJECT
    test::TempDataDir m_tmp;
    QString m_dir;
    std::unique_ptr<FolderPackContent> m_content;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        test::PackSourceWriter w(kPack);
        w.setFile("lessons/lesson-1.md", "# Hello\n\nSee ![a chart](../media/chart.png).\n");
        w.setFile("media/chart.png", "PNGDATA");
        m_dir = m_tmp.filePath("pack");
        QVERIFY(w.writeTo(m_dir));
        QVERIFY(QFile(m_tmp.filePath("secret.txt")).open(QIODevice::WriteOnly));
        QVERIFY(QFile::link(m_tmp.filePath("secret.txt"), m_dir + "/media/link.txt"));
        QFile manifest(m_dir + "/pack.json");
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        packformat::Findings findings;
        const auto parsed = packformat::parseManifest(manifest.readAll(), "pack.json", findings,
                                                      packformat::ManifestKind::Source);
        QVERIFY(parsed);
        m_content = std::make_unique<FolderPackContent>(m_dir);
        m_content->setManifest(parsed);
        QCOMPARE(m_content->packId(), kPack);
    }

    void rendersALessonAsTheLibraryDoes()
    {
        const auto path = m_content->lessonPath(kPack, "lesson-1");
        QVERIFY(path);
        QCOMPARE(*path, "lessons/lesson-1.md");
        const auto lesson = m_content->lessonAt(kPack, *path);
        QVERIFY(lesson);
        QVERIFY(lesson->has_value());
        QFile source(m_dir + "/lessons/lesson-1.md");
        QVERIFY(source.open(QIODevice::ReadOnly));
        QCOMPARE((*lesson)->bodyHtml,
                 packformat::renderLesson(source.readAll(), packformat::LessonFormat::Markdown,
                                          packformat::RenderParts::ContentOnly)
                     .html);
        QCOMPARE((*lesson)->itemId, "lesson-1");
        QCOMPARE((*lesson)->title, "First lesson");
        QCOMPARE((*lesson)->packId, kPack);
    }

    void aFileThatIsNoLessonIsServedAsAFile()
    {
        const auto lesson = m_content->lessonAt(kPack, "media/chart.png");
        QVERIFY(lesson);
        QVERIFY(!lesson->has_value());
        auto file = m_content->openFile(kPack, "media/chart.png");
        QVERIFY(file);
        QCOMPARE((*file)->readAll(), QByteArray("PNGDATA"));
    }

    void quizIsNotALesson()
    {
        QVERIFY(!m_content->lessonPath(kPack, "quiz-1"));
        QVERIFY(!m_content->lessonPath(kPack, "no-such-item"));
    }

    void refusesWhatIsNotInTheFolder_data()
    {
        QTest::addColumn<QString>("packId");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("code");
        QTest::newRow("parent folder") << kPack << "../secret.txt"
                                       << "review.unsafe-path";
        QTest::newRow("absolute") << kPack << "/etc/passwd"
                                  << "review.unsafe-path";
        QTest::newRow("backslash") << kPack << "media\\chart.png"
                                   << "review.unsafe-path";
        QTest::newRow("symbolic link out") << kPack << "media/link.txt"
                                           << "review.outside-folder";
        QTest::newRow("missing") << kPack << "media/none.png"
                                 << "review.file-missing";
        QTest::newRow("a folder") << kPack << "media"
                                  << "review.file-missing";
        QTest::newRow("another pack") << "org.example.other"
                                      << "media/chart.png"
                                      << "review.unknown-pack";
    }
    void refusesWhatIsNotInTheFolder()
    {
        QFETCH(QString, packId);
        QFETCH(QString, path);
        QFETCH(QString, code);
        const auto file = m_content->openFile(packId, path);
        QVERIFY(!file);
        QCOMPARE(file.error().code, code);
        QVERIFY(!file.error().message.isEmpty());
    }

    void withoutAManifestNothingIsServed()
    {
        FolderPackContent content(m_dir);
        const auto file = content.openFile(kPack, "media/chart.png");
        QVERIFY(!file);
        QCOMPARE(file.error().code, "review.no-manifest");
        QVERIFY(!content.lessonPath(kPack, "lesson-1"));
        QVERIFY(!content.lessonAt(kPack, "lessons/lesson-1.md"));
    }
};

QTEST_GUILESS_MAIN(TestFolderPackContent)
#include "tst_folderpackcontent.moc"
