// The volunteer's and the learner's path through the real binary, with the bundled
// starter course: build, validate, import, list, search, update (ids kept), refuse
// a downgrade unless forced, remove; and builds are byte-reproducible.
#include "oht/core/semver.h"
#include "ohtpackrunner.h"
#include "tempdatadir.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using oht::test::CliRun;
using oht::test::OhtpackRunner;
using oht::test::TempDataDir;

namespace {

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = to + "/" + QDir(from).relativeFilePath(file);
        if (!QDir().mkpath(QFileInfo(target).absolutePath()) || !QFile::copy(file, target))
            return false;
    }
    return true;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

QStringList itemIds(const QJsonObject &info)
{
    QStringList ids;
    for (const QJsonValue &m : info.value("modules").toArray())
        for (const QJsonValue &i : m.toObject().value("items").toArray())
            ids << i.toObject().value("id").toString();
    return ids;
}

} // namespace

class TestEndToEnd : public QObject
{
    Q_OBJECT

private:
    TempDataDir m_work;
    OhtpackRunner m_cli;
    QString m_source = QStringLiteral(OHT_STARTER_PACK_SOURCE);
    QString m_packId;
    QString m_version;
    QString m_nextVersion;
    QStringList m_itemIds;
    QString m_firstLessonId;
    QString m_firstLessonFile;
    QString m_v1;
    QString m_v2;

    CliRun ok(const QStringList &args)
    {
        const CliRun run = m_cli.run(args);
        if (run.exitCode != 0 || run.crashed)
            qWarning("%s failed: %s", qPrintable(args.join(' ')), qPrintable(run.describe()));
        return run;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_work.isValid());
        QVERIFY2(QFileInfo::exists(m_source + "/pack.json"), qPrintable(m_source));
        m_cli.setDataDir(m_work.filePath("library"));

        const QJsonObject manifest =
            QJsonDocument::fromJson(readAll(m_source + "/pack.json")).object();
        m_packId = manifest.value("id").toString();
        m_version = manifest.value("version").toString();
        const auto v = oht::SemVer::parse(m_version);
        QVERIFY(v);
        m_nextVersion = QStringLiteral("%1.%2.0").arg(v->major()).arg(v->minor() + 1);
        for (const QJsonValue &m : manifest.value("modules").toArray())
            for (const QJsonValue &i : m.toObject().value("items").toArray()) {
                const QJsonObject item = i.toObject();
                m_itemIds << item.value("id").toString();
                if (m_firstLessonId.isEmpty() && item.value("type").toString() == "lesson") {
                    m_firstLessonId = item.value("id").toString();
                    m_firstLessonFile = item.value("file").toString();
                }
            }
        QVERIFY(!m_firstLessonId.isEmpty());
    }

    void buildStarter()
    {
        m_v1 = m_work.filePath("starter.ohtpack");
        const CliRun run = ok({"build", m_source, "-o", m_v1});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.outText().contains("Wrote " + m_v1), qPrintable(run.describe()));
        QVERIFY(QFileInfo(m_v1).size() > 0);
    }

    void validateHasNoFindings()
    {
        for (const QString &path : {m_source, m_v1}) {
            const CliRun run = ok({"validate", "--json", path});
            QCOMPARE(run.exitCode, 0);
            const QJsonObject o = run.json().object();
            QCOMPARE(o.value("valid").toBool(), true);
            QVERIFY2(o.value("findings").toArray().isEmpty(), qPrintable(run.outText()));
        }
    }

    void importInstalls()
    {
        const CliRun run = ok({"import", m_v1});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.outLines().last(), QStringLiteral("Installed %1 %2").arg(m_packId, m_version));
    }

    void listShowsThePack()
    {
        const QJsonArray packs = ok({"list", "--json"}).json().array();
        QCOMPARE(packs.size(), 1);
        QCOMPARE(packs.first().toObject().value("id").toString(), m_packId);
        QCOMPARE(packs.first().toObject().value("version").toString(), m_version);
        const QStringList lines = ok({"list"}).outLines();
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[1].startsWith(m_packId));
    }

    void searchFindsALessonWord()
    {
        // A long plain word from the first lesson's text (not from markup or a link).
        QString text = QString::fromUtf8(readAll(m_source + "/" + m_firstLessonFile));
        text.remove(QRegularExpression("\\([^)]*\\)|<[^>]*>|\\[[^\\]]*\\]\\(")); // links, tags
        QString word;
        const auto words = QRegularExpression("\\b[a-z]{9,}\\b").globalMatch(text);
        for (auto it = words; it.hasNext();) {
            word = it.next().captured();
            break;
        }
        QVERIFY2(!word.isEmpty(), qPrintable(text.left(300)));

        const QJsonObject result = ok({"search", "--json", word}).json().object();
        const QJsonArray hits = result.value("hits").toArray();
        QVERIFY2(!hits.isEmpty(), qPrintable(word));
        bool inLesson = false;
        for (const QJsonValue &h : hits) {
            const QJsonObject hit = h.toObject();
            QCOMPARE(hit.value("packId").toString(), m_packId);
            if (hit.value("itemId").toString() == m_firstLessonId) {
                inLesson = true;
                QVERIFY2(hit.value("snippet").toString().toLower().contains("<mark>" + word),
                         qPrintable(hit.value("snippet").toString()));
            }
        }
        QVERIFY2(inLesson, qPrintable(word));

        // Text mode, not a terminal: matches in [brackets], no escape sequences.
        const CliRun text2 = ok({"search", word});
        QVERIFY2(text2.outText().toLower().contains("[" + word), qPrintable(text2.outText()));
        QVERIFY(!text2.out.contains('\x1b'));
        QVERIFY(!text2.outText().contains("<mark>"));
    }

    void reimportIsANoOp()
    {
        const CliRun run = ok({"import", m_v1});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.outLines().last(),
                 QStringLiteral("Already installed: %1 %2 (no change)").arg(m_packId, m_version));
    }

    void updateKeepsItemIds()
    {
        const QString src2 = m_work.filePath("starter-next");
        QVERIFY(copyTree(m_source, src2));
        QJsonObject manifest = QJsonDocument::fromJson(readAll(src2 + "/pack.json")).object();
        manifest.insert("version", m_nextVersion);
        QJsonArray modules = manifest.value("modules").toArray();
        QJsonObject first = modules.first().toObject();
        QJsonArray items = first.value("items").toArray();
        items.append(QJsonObject{{"id", "e2e-added-lesson"},
                                 {"type", "lesson"},
                                 {"title", "Added in the update"},
                                 {"file", "lessons/e2e-added-lesson.md"}});
        first.insert("items", items);
        modules.replace(0, first);
        manifest.insert("modules", modules);
        QVERIFY(writeAll(src2 + "/pack.json", QJsonDocument(manifest).toJson()));
        QVERIFY(writeAll(src2 + "/lessons/e2e-added-lesson.md",
                         "# Added\n\nThis lesson arrived with the update.\n"));
        const QString lesson = src2 + "/" + m_firstLessonFile;
        const QString appended = m_firstLessonFile.endsWith(".md")
                                     ? "\n\nA new paragraph about quokkaupdate.\n"
                                     : "<p>A new paragraph about quokkaupdate.</p>";
        QVERIFY(writeAll(lesson, readAll(lesson) + appended.toUtf8()));

        m_v2 = m_work.filePath("starter-next.ohtpack");
        QCOMPARE(ok({"build", src2, "-o", m_v2}).exitCode, 0);
        const CliRun run = ok({"import", m_v2});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(
            run.outLines().last(),
            QStringLiteral("Updated %1 from %2 to %3").arg(m_packId, m_version, m_nextVersion));

        const QJsonObject info = ok({"info", "--json", m_packId}).json().object();
        QCOMPARE(info.value("version").toString(), m_nextVersion);
        const QStringList ids = itemIds(info);
        for (const QString &id : m_itemIds)
            QVERIFY2(ids.contains(id), qPrintable(id));
        QVERIFY(ids.contains("e2e-added-lesson"));
        QCOMPARE(ids.size(), m_itemIds.size() + 1);

        const QJsonArray hits =
            ok({"search", "--json", "quokkaupdate"}).json().object().value("hits").toArray();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().toObject().value("itemId").toString(), m_firstLessonId);
        QCOMPARE(
            ok({"list", "--json"}).json().array().first().toObject().value("version").toString(),
            m_nextVersion);

        const CliRun text = ok({"info", m_packId});
        QVERIFY(text.outText().contains("e2e-added-lesson"));
        QVERIFY(text.outText().contains(m_firstLessonId));
    }

    void olderVersionRefusedUnlessForced()
    {
        const CliRun refused = m_cli.run({"import", m_v1});
        QVERIFY2(refused.exitCode == 1, qPrintable(refused.describe()));
        QCOMPARE(refused.errLines().size(), 1);
        QVERIFY2(refused.errText().contains("--force"), qPrintable(refused.describe()));
        QCOMPARE(
            ok({"list", "--json"}).json().array().first().toObject().value("version").toString(),
            m_nextVersion);

        const CliRun forced = ok({"import", "--force", m_v1});
        QCOMPARE(forced.exitCode, 0);
        QCOMPARE(forced.outLines().last(), QStringLiteral("Downgraded %1 from %2 to %3 (--force)")
                                               .arg(m_packId, m_nextVersion, m_version));
        const QJsonObject info = ok({"info", "--json", m_packId}).json().object();
        QCOMPARE(info.value("version").toString(), m_version);
        QCOMPARE(itemIds(info), m_itemIds);
    }

    void removeLeavesAnEmptyLibrary()
    {
        const CliRun run = ok({"remove", m_packId});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.outLines().last(), QStringLiteral("Removed %1 %2").arg(m_packId, m_version));
        QCOMPARE(ok({"list", "--json"}).json().array().size(), 0);
        QVERIFY(ok({"list"}).outText().startsWith("No packs installed"));
        QCOMPARE(m_cli.run({"remove", m_packId}).exitCode, 1);
        QCOMPARE(ok({"search", "--json", "quokkaupdate"}).json().object().value("count").toInt(),
                 0);
    }

    void buildIsByteReproducible()
    {
        // Same content from another folder, copied later (other paths, other mtimes).
        const QString copy = m_work.filePath("starter-copy");
        QVERIFY(copyTree(m_source, copy));
        const QString again = m_work.filePath("again/starter.ohtpack");
        QVERIFY(QDir().mkpath(m_work.filePath("again")));
        QTest::qSleep(1100); // a second later: a timestamp leak would show
        QCOMPARE(ok({"build", copy, "-o", again}).exitCode, 0);
        const QByteArray a = readAll(m_v1);
        const QByteArray b = readAll(again);
        QVERIFY(!a.isEmpty());
        QVERIFY2(a == b, "two builds of the same source differ");
    }
};

QTEST_GUILESS_MAIN(TestEndToEnd)
#include "tst_endtoend.moc"
