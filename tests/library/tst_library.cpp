#include "libraryfixture.h"
#include "oht/library/library.h"
#include "tempdatadir.h"

#include <QFile>
#include <QStandardPaths>
#include <QTest>

using namespace oht;

namespace {

const QString kPack = QStringLiteral("org.example.test");

test::PackSourceWriter withLogo(const QString &packId, const QString &title)
{
    test::PackSourceWriter source(packId);
    source.manifest()["title"] = title;
    source.setFile("media/logo.png", QByteArray("shared logo bytes"));
    source.setFile("media/own.png", packId.toUtf8());
    return source;
}

} // namespace

class TestLibrary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_lib.reset(); }

    void emptyLibrary();
    void listsInstalledPacks();
    void readsContent();
    void unknownThingsAreErrors_data();
    void unknownThingsAreErrors();
    void warningsAreReported();
    void removePack();
    void removeUnknownPackIsAnError();
    void sweepRemovesOnlyOrphans();
    void twoPacksShareABlob();
    void secondObjectSeesChanges();

private:
    QString build(const test::PackSourceWriter &source, const QString &name)
    {
        return test::buildPack(source, m_work->path(), name);
    }
    std::unique_ptr<test::TempDataDir> m_work;
    std::unique_ptr<test::TempDataDir> m_data;
    std::unique_ptr<library::Library> m_lib;
};

void TestLibrary::init()
{
    m_work = std::make_unique<test::TempDataDir>();
    m_data = std::make_unique<test::TempDataDir>();
    auto lib = library::Library::open(m_data->path());
    QVERIFY2(lib.ok(), qPrintable(lib.ok() ? QString() : lib.error().message));
    m_lib = std::move(lib).value();
}

void TestLibrary::emptyLibrary()
{
    QCOMPARE(m_lib->dataDir(), QDir(m_data->path()).absolutePath());
    QVERIFY(m_lib->packs()->isEmpty());
    QVERIFY(m_lib->search("anything")->isEmpty());
    QCOMPARE(*m_lib->sweepOrphans(), 0);
}

void TestLibrary::listsInstalledPacks()
{
    QVERIFY(m_lib->importPack(build(withLogo("org.example.b", "Beta course"), "b")).ok());
    QVERIFY(m_lib->importPack(build(withLogo("org.example.a", "alpha course"), "a")).ok());

    const auto packs = m_lib->packs();
    QVERIFY(packs.ok());
    QCOMPARE(packs->size(), 2);
    QCOMPARE(packs->at(0).title, QStringLiteral("alpha course")); // by title, ignoring case
    QCOMPARE(packs->at(1).title, QStringLiteral("Beta course"));

    const auto pack = m_lib->pack("org.example.a");
    QVERIFY(pack.ok());
    QCOMPARE(pack->version, QStringLiteral("1.0.0"));
    QCOMPARE(pack->description, QStringLiteral("A pack made by a test."));
    QCOMPARE(pack->language, QStringLiteral("en"));
    QCOMPARE(pack->license, QStringLiteral("CC-BY-4.0"));
    QCOMPARE(pack->authors, QStringList{"Test Author"});
    QCOMPARE(pack->created, QDate(2026, 1, 1));
    QCOMPARE(pack->reviewBy, QDate(2099, 1, 1));
    QCOMPARE(pack->lessonCount, 1);
    QCOMPARE(pack->quizCount, 1);
    const qint64 expectedSize = test::PackSourceWriter::minimalQuiz().size() +
                                QByteArray("shared logo bytes").size() +
                                QByteArray("org.example.a").size() +
                                QFile(m_work->filePath("src-a/lessons/lesson-1.md")).size();
    QCOMPARE(pack->sizeBytes, expectedSize);
    QVERIFY(pack->installedAt.isValid());
    QCOMPARE(pack->installedAt.timeSpec(), Qt::UTC);
    QCOMPARE(pack->updatedAt, pack->installedAt);
}

void TestLibrary::readsContent()
{
    const QString built = build(withLogo(kPack, "Test"), "t");
    QVERIFY(m_lib->importPack(built).ok());

    const auto manifest = m_lib->manifest(kPack);
    QVERIFY(manifest.ok());
    QCOMPARE(manifest->id, kPack);
    QCOMPARE(manifest->items().size(), 2);
    QCOMPARE(manifest->files.size(), 4);

    QVERIFY(m_lib->lessonHtml(kPack, "lesson-1")->contains("<strong>patients</strong>"));
    QCOMPARE(*m_lib->quizJson(kPack, "quiz-1"), test::PackSourceWriter::minimalQuiz());

    const auto blob = m_lib->openFile(kPack, "media/logo.png");
    QVERIFY(blob.ok());
    QVERIFY((*blob)->isOpen());
    QCOMPARE((*blob)->readAll(), QByteArray("shared logo bytes"));
    QCOMPARE(*m_lib->readFile(kPack, "media/logo.png"), QByteArray("shared logo bytes"));
    QFile source(m_work->filePath("src-t/lessons/lesson-1.md"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QCOMPARE(*m_lib->readFile(kPack, "lessons/lesson-1.md"), source.readAll());
    // pack.json lives in the database, as shipped (with its files list).
    const QByteArray shipped = *m_lib->readFile(kPack, "pack.json");
    QVERIFY(shipped.contains("\"files\""));
}

void TestLibrary::unknownThingsAreErrors_data()
{
    QTest::addColumn<QString>("call");
    QTest::addColumn<QString>("packId");
    QTest::addColumn<QString>("arg");
    QTest::addColumn<QString>("expectedCode");
    QTest::newRow("pack") << "pack"
                          << "org.example.nope"
                          << ""
                          << "library.unknown-pack";
    QTest::newRow("manifest") << "manifest"
                              << "org.example.nope"
                              << ""
                              << "library.unknown-pack";
    QTest::newRow("lesson of unknown pack") << "lesson"
                                            << "org.example.nope"
                                            << "lesson-1"
                                            << "library.unknown-pack";
    QTest::newRow("unknown lesson") << "lesson" << kPack << "lesson-9"
                                    << "library.unknown-item";
    QTest::newRow("quiz as lesson") << "lesson" << kPack << "quiz-1"
                                    << "library.not-a-lesson";
    QTest::newRow("lesson as quiz") << "quiz" << kPack << "lesson-1"
                                    << "library.not-a-quiz";
    QTest::newRow("unknown file") << "file" << kPack << "media/none.png"
                                  << "library.unknown-file";
    QTest::newRow("file of unknown pack") << "file"
                                          << "org.example.nope"
                                          << "media/logo.png"
                                          << "library.unknown-pack";
    QTest::newRow("read unknown file") << "read" << kPack << "../library.sqlite"
                                       << "library.unknown-file";
}

void TestLibrary::unknownThingsAreErrors()
{
    QFETCH(QString, call);
    QFETCH(QString, packId);
    QFETCH(QString, arg);
    QFETCH(QString, expectedCode);
    QVERIFY(m_lib->importPack(build(withLogo(kPack, "Test"), "t")).ok());
    Error error;
    if (call == "pack")
        error = m_lib->pack(packId).error();
    else if (call == "manifest")
        error = m_lib->manifest(packId).error();
    else if (call == "lesson")
        error = m_lib->lessonHtml(packId, arg).error();
    else if (call == "quiz")
        error = m_lib->quizJson(packId, arg).error();
    else if (call == "file")
        error = m_lib->openFile(packId, arg).error();
    else if (call == "read")
        error = m_lib->readFile(packId, arg).error();
    QCOMPARE(error.code, expectedCode);
    QCOMPARE(error.kind, ErrorKind::InvalidInput);
    QVERIFY(!error.message.isEmpty());
}

void TestLibrary::warningsAreReported()
{
    auto source = withLogo(kPack, "Test");
    // Built packs lose unknown fields; a review date in the past is what warns at import.
    source.manifest()["created"] = "2019-01-01";
    source.manifest()["reviewBy"] = "2020-01-01";
    const auto report = m_lib->importPack(build(source, "t"));
    QVERIFY(report.ok());
    const bool warned = std::any_of(report->warnings.cbegin(), report->warnings.cend(),
                                    [](const auto &f) { return f.code == "review-date-passed"; });
    QVERIFY(warned);
    QCOMPARE(m_lib->lastImportFindings().size(), report->warnings.size());
}

void TestLibrary::removePack()
{
    QVERIFY(m_lib->importPack(build(withLogo(kPack, "Test"), "t")).ok());
    QVERIFY(m_lib->importPack(build(withLogo("org.example.other", "Other"), "o")).ok());
    const auto blobs = test::storedBlobs(m_data->path());

    QVERIFY(m_lib->removePack(kPack));
    QCOMPARE(m_lib->packs()->size(), 1);
    QCOMPARE(m_lib->pack(kPack).error().code, QStringLiteral("library.unknown-pack"));
    QCOMPARE(m_lib->lessonHtml(kPack, "lesson-1").error().code,
             QStringLiteral("library.unknown-pack"));
    QVERIFY(m_lib->search("patients")->size() == 1); // only the other pack's lesson
    // No row of the removed pack is left anywhere.
    QVERIFY(!test::dumpDatabase(m_data->path()).contains(kPack));
    // Blobs stay until a sweep.
    QCOMPARE(test::storedBlobs(m_data->path()), blobs);
}

void TestLibrary::removeUnknownPackIsAnError()
{
    const auto before = test::dumpDatabase(m_data->path());
    const auto result = m_lib->removePack("org.example.nope");
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, QStringLiteral("library.unknown-pack"));
    QCOMPARE(test::dumpDatabase(m_data->path()), before);
}

void TestLibrary::sweepRemovesOnlyOrphans()
{
    QVERIFY(m_lib->importPack(build(withLogo(kPack, "Test"), "t")).ok());
    const auto blobs = test::storedBlobs(m_data->path());
    QCOMPARE(blobs.size(), 4);
    QCOMPARE(*m_lib->sweepOrphans(), 0);
    QCOMPARE(test::storedBlobs(m_data->path()), blobs);
    QVERIFY(m_lib->readFile(kPack, "media/logo.png").ok());

    QVERIFY(m_lib->removePack(kPack));
    QCOMPARE(*m_lib->sweepOrphans(), 4);
    QCOMPARE(test::storedBlobs(m_data->path()), QStringList());
    QVERIFY(!test::dumpDatabase(m_data->path()).contains("blobs: "));
}

void TestLibrary::twoPacksShareABlob()
{
    QVERIFY(m_lib->importPack(build(withLogo("org.example.a", "A"), "a")).ok());
    QVERIFY(m_lib->importPack(build(withLogo("org.example.b", "B"), "b")).ok());
    QCOMPARE(*m_lib->fileSha256("org.example.b", "media/logo.png"),
             *m_lib->fileSha256("org.example.a", "media/logo.png"));
    // Lesson, quiz and logo are shared (stored once); each pack has its own "own.png".
    QCOMPARE(test::storedBlobs(m_data->path()).size(), 5);

    QVERIFY(m_lib->removePack("org.example.a"));
    QCOMPARE(*m_lib->sweepOrphans(), 1); // a's own.png only
    QCOMPARE(test::storedBlobs(m_data->path()).size(), 4);
    QCOMPARE(*m_lib->readFile("org.example.b", "media/logo.png"), QByteArray("shared logo bytes"));

    QVERIFY(m_lib->removePack("org.example.b"));
    QCOMPARE(*m_lib->sweepOrphans(), 4);
    QCOMPARE(test::storedBlobs(m_data->path()), QStringList());
}

void TestLibrary::secondObjectSeesChanges()
{
    auto other = library::Library::open(m_data->path());
    QVERIFY(other.ok());
    QVERIFY(m_lib->importPack(build(withLogo(kPack, "Test"), "t")).ok());
    QCOMPARE((*other)->packs()->size(), 1);
    QVERIFY((*other)->removePack(kPack));
    QVERIFY(m_lib->packs()->isEmpty());
}

QTEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"
