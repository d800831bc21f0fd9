#include "markedtext.h"
#include "oht/packformat/packfiles.h"
#include "oht/packformat/packvalidator.h"
#include "packsourcewriter.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

using namespace oht::packformat;
using oht::test::PackSourceWriter;

namespace {

const QDate kToday(2026, 6, 1);

QByteArray sha256Hex(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

/// 1-based line of `needle` in `text`.
int lineOf(const QByteArray &text, const QByteArray &needle)
{
    const qsizetype at = text.indexOf(needle);
    return at < 0 ? -1 : int(text.left(at).count('\n')) + 1;
}

} // namespace

/// PackValidator::validateBuilt: the manifest's `files` list against what a built pack
/// really holds.
class TestBuiltPackValidator : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void builtRules_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("positioned");
        QTest::newRow("matches") << ""
                                 << ""
                                 << "" << false;
        QTest::newRow("file not listed") << "extra"
                                         << "file-unlisted"
                                         << "media/extra.png" << false;
        QTest::newRow("listed file absent") << "absent"
                                            << "file-not-in-pack"
                                            << "pack.json" << true;
        QTest::newRow("size differs") << "size"
                                      << "hash-mismatch"
                                      << "lessons/lesson-1.md" << false;
        QTest::newRow("hash differs") << "hash"
                                      << "hash-mismatch"
                                      << "lessons/lesson-1.md" << false;
        QTest::newRow("unsafe listed path") << "unsafe"
                                            << "unsafe-path"
                                            << "pack.json" << true;
        QTest::newRow("files list missing") << "nolist"
                                            << "missing-field"
                                            << "pack.json" << true;
    }
    void builtRules()
    {
        QFETCH(QString, change);
        QFETCH(QString, code);
        QFETCH(QString, file);
        QFETCH(bool, positioned);
        PackSourceWriter writer;
        const QByteArray lesson =
            "# First lesson\n\nHealth technology helps **patients** and clinicians.\n";
        const QByteArray quiz = PackSourceWriter::minimalQuiz();
        QHash<QString, FileEntry> actual{
            {"lessons/lesson-1.md", {"lessons/lesson-1.md", sha256Hex(lesson), lesson.size()}},
            {"quizzes/quiz-1.json", {"quizzes/quiz-1.json", sha256Hex(quiz), quiz.size()}},
            {"pack.json", {"pack.json", "0", 1}}}; // pack.json is never listed
        QJsonArray files;
        for (const QString path : {"lessons/lesson-1.md", "quizzes/quiz-1.json"})
            files.append(QJsonObject{{"path", path},
                                     {"sha256", QString::fromLatin1(actual[path].sha256Hex)},
                                     {"size", actual[path].size}});
        if (change == "signature")
            actual.insert("signature.json", {"signature.json", sha256Hex("sig"), 3});
        if (change == "extra")
            actual.insert("media/extra.png", {"media/extra.png", sha256Hex("png"), 3});
        if (change == "absent")
            files.append(
                QJsonObject{{"path", "media/gone.png"}, {"sha256", QString(64, 'a')}, {"size", 1}});
        if (change == "unsafe")
            files.append(
                QJsonObject{{"path", "../gone.png"}, {"sha256", QString(64, 'a')}, {"size", 1}});
        if (change == "size")
            actual["lessons/lesson-1.md"].size += 1;
        if (change == "hash")
            actual["lessons/lesson-1.md"].sha256Hex = sha256Hex("tampered");
        if (change != "nolist")
            writer.manifest()["files"] = files;
        const QByteArray json = QJsonDocument(writer.manifest()).toJson();
        MemoryPackFiles pack;
        pack.insert("pack.json", json);
        pack.insert("lessons/lesson-1.md", lesson);
        pack.insert("quizzes/quiz-1.json", quiz);
        for (auto it = actual.cbegin(); it != actual.cend(); ++it)
            if (!pack.contains(it.key()))
                pack.insertPathOnly(it.key());
        const auto result = PackValidator(kToday).validateBuilt(pack, actual);
        if (code.isEmpty()) {
            QVERIFY2(result.findings.isEmpty(), qPrintable(oht::test::describe(result.findings)));
            QCOMPARE(result.manifest->files.size(), 2);
            QVERIFY(result.ok());
            return;
        }
        QVERIFY2(result.findings.size() == 1, qPrintable(oht::test::describe(result.findings)));
        QCOMPARE(result.findings[0].code, code);
        QCOMPARE(result.findings[0].file, file);
        QCOMPARE(result.findings[0].line > 0, positioned);
        if (change == "absent") {
            // The entry object starts on the line before its first member.
            QCOMPARE(result.findings[0].line, lineOf(json, "\"media/gone.png\"") - 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestBuiltPackValidator)
#include "tst_builtpackvalidator.moc"
