// The app as a learner gets it: the .deb (fixture packaging_cpack) extracted with
// `dpkg -x` into a temporary root, and its binaries run from there with no help from
// the build tree (no LD_LIBRARY_PATH, no OHT_DATA_DIR). The GUI's --smoke-test start
// reports what it set up: which folders it took bundled packs from, what it installed,
// the translation file in use, the data folder.
#include "oht/core/appinfo.h"
#include "packagetools.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using oht::test::PackageTools;
using oht::test::ToolRun;

namespace {
const QStringList kBundledIds = {QStringLiteral("org.onehealthtech.foundations"),
                                 QStringLiteral("org.onehealthtech.intro-es"),
                                 QStringLiteral("org.onehealthtech.starter")};

QStringList sortedList(const QString &commaSeparated)
{
    QStringList list = commaSeparated.split(QLatin1Char(','), Qt::SkipEmptyParts);
    list.sort();
    return list;
}
} // namespace

class tst_InstalledApp : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_root;
    QTemporaryDir m_work;

    QString rooted(const QString &path) const
    {
        return QDir::cleanPath(QDir(m_root.path()).filePath(path));
    }
    // The app sees its own folder through /proc/self/exe, with symbolic links resolved.
    static QString canonical(const QString &path) { return QFileInfo(path).canonicalFilePath(); }
    QString gui() const { return rooted(QStringLiteral("usr/bin/oht-toolkit")); }
    QString cli() const { return rooted(QStringLiteral("usr/bin/ohtpack")); }
    QString packDir() const { return rooted(QStringLiteral("usr/share/oht-toolkit/packs")); }

    QProcessEnvironment env(const QString &home) const
    {
        QProcessEnvironment env = PackageTools::guiEnvironment();
        // A fresh home: the platform default data folder must not be touched by runs
        // that name another one, and portable runs must leave it empty.
        env.insert(QStringLiteral("HOME"), home);
        for (const char *name : {"XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME"})
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        return env;
    }
    ToolRun smoke(const QStringList &args, const QProcessEnvironment &env) const
    {
        return PackageTools::run(gui(), QStringList{QStringLiteral("--smoke-test")} + args, env,
                                 180'000);
    }
    QString newDir(const QString &name) const
    {
        const QString path = QDir(m_work.path()).filePath(name);
        QDir().mkpath(path);
        return path;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_root.isValid() && m_work.isValid());
        QString error;
        const QString deb = PackageTools::findDeb(QStringLiteral(OHT_DEB_DIR), &error);
        QVERIFY2(!deb.isEmpty(), qPrintable(error));
        const auto extracted = PackageTools::extract(deb, m_root.path());
        QVERIFY2(extracted.ok(), qPrintable(extracted.describe()));
        QVERIFY(QFileInfo(gui()).isExecutable());
        QVERIFY(QFileInfo(cli()).isExecutable());
    }

    void ohtpackVersion()
    {
        const auto run = PackageTools::run(cli(), {QStringLiteral("--version")},
                                           env(newDir(QStringLiteral("home-version"))));
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        QCOMPARE(run.outText().trimmed(), QStringLiteral("ohtpack ") + oht::appVersionString());
    }

    void guiVersionAndHelp()
    {
        const auto version = PackageTools::run(gui(), {QStringLiteral("--version")},
                                               env(newDir(QStringLiteral("home-gui-version"))));
        QVERIFY2(version.ok(), qPrintable(version.describe()));
        QCOMPARE(version.outText().trimmed(),
                 QStringLiteral("oht-toolkit ") + oht::appVersionString());
        const auto help = PackageTools::run(gui(), {QStringLiteral("--help")},
                                            env(newDir(QStringLiteral("home-gui-version"))));
        QVERIFY2(help.ok(), qPrintable(help.describe()));
        QVERIFY(help.outText().contains(QLatin1String("--portable")));
    }

    void ohtpackValidatesTheBundledPacks()
    {
        const QStringList packs = QDir(packDir()).entryList({QStringLiteral("*.ohtpack")});
        QCOMPARE(packs.size(), kBundledIds.size());
        for (const QString &pack : packs) {
            const auto run = PackageTools::run(
                cli(), {QStringLiteral("validate"), QDir(packDir()).filePath(pack)},
                env(newDir(QStringLiteral("home-validate"))));
            QVERIFY2(run.ok(), qPrintable(run.describe()));
        }
    }

    // First start installs the bundled packs from the extracted share/ folder; the
    // second start finds them installed and does nothing.
    void guiFirstAndSecondStart()
    {
        const QString home = newDir(QStringLiteral("home-gui"));
        const QString data = newDir(QStringLiteral("library"));
        const auto first = smoke({QStringLiteral("--data-dir"), data}, env(home));
        QVERIFY2(first.ok(), qPrintable(first.describe()));
        const auto report = PackageTools::smokeLines(first.out);
        QVERIFY2(report.contains(QStringLiteral("ok")), qPrintable(first.describe()));
        QCOMPARE(report.value(QStringLiteral("data-dir")), data);
        QCOMPARE(report.value(QStringLiteral("portable")), QStringLiteral("no"));
        // Only the extracted tree's share folder: <root>/usr/bin/../share/oht-toolkit/packs.
        QCOMPARE(canonical(report.value(QStringLiteral("pack-dirs"))), canonical(packDir()));
        QCOMPARE(sortedList(report.value(QStringLiteral("bundled-installed"))), kBundledIds);
        QCOMPARE(report.value(QStringLiteral("bundled-failed")), QString());
        QCOMPARE(report.value(QStringLiteral("courses")), QString::number(kBundledIds.size()));

        // The extracted ohtpack sees the same library.
        const auto list = PackageTools::run(
            cli(),
            {QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--data-dir"), data},
            env(home));
        QVERIFY2(list.ok(), qPrintable(list.describe()));
        QStringList ids;
        for (const QJsonValue &pack : QJsonDocument::fromJson(list.out).array())
            ids.append(pack.toObject().value(QStringLiteral("id")).toString());
        ids.sort();
        QCOMPARE(ids, kBundledIds);

        const auto second = smoke({QStringLiteral("--data-dir"), data}, env(home));
        QVERIFY2(second.ok(), qPrintable(second.describe()));
        const auto again = PackageTools::smokeLines(second.out);
        QCOMPARE(again.value(QStringLiteral("bundled-installed")), QString());
        QCOMPARE(sortedList(again.value(QStringLiteral("bundled-skipped"))), kBundledIds);
        QVERIFY(QFileInfo::exists(QDir(data).filePath(QStringLiteral("settings.ini"))));

        // --data-dir was given: nothing in the home folder's default location.
        QVERIFY(
            !QFileInfo::exists(QDir(home).filePath(QStringLiteral(".local/share/OneHealthTech"))));
    }

    // The installed .qm file (not only the copy compiled into the binary) is used.
    void guiUsesTheInstalledTranslation()
    {
        const QString home = newDir(QStringLiteral("home-es"));
        QProcessEnvironment spanish = env(home);
        spanish.insert(QStringLiteral("LANGUAGE"), QStringLiteral("es"));
        const auto run =
            smoke({QStringLiteral("--data-dir"), newDir(QStringLiteral("library-es"))}, spanish);
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        QCOMPARE(canonical(PackageTools::smokeLines(run.out).value(QStringLiteral("translation"))),
                 canonical(rooted(QStringLiteral("usr/share/oht-toolkit/translations/oht_es.qm"))));
    }

    // A "portable" file beside the executable: library, settings and the installer's
    // record all live in <bin>/data, and the home folder stays empty.
    void guiPortableMode()
    {
        const QString marker = rooted(QStringLiteral("usr/bin/portable"));
        QFile file(marker);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const QString home = newDir(QStringLiteral("home-portable"));
        const auto run = smoke({}, env(home));
        QFile::remove(marker);
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        const auto report = PackageTools::smokeLines(run.out);
        const QString data = rooted(QStringLiteral("usr/bin/data"));
        QCOMPARE(canonical(report.value(QStringLiteral("data-dir"))), canonical(data));
        QCOMPARE(report.value(QStringLiteral("portable")), QStringLiteral("yes"));
        QCOMPARE(sortedList(report.value(QStringLiteral("bundled-installed"))), kBundledIds);
        for (const char *name : {"library.sqlite", "settings.ini", "bundled.ini"})
            QVERIFY2(QFileInfo::exists(QDir(data).filePath(QString::fromLatin1(name))), name);
        // Nothing of ours in the home folder (Chromium or fontconfig caches may appear).
        for (const char *path :
             {".local/share/OneHealthTech", ".config/OneHealthTech", ".config/QtProject.conf"})
            QVERIFY2(!QFileInfo::exists(QDir(home).filePath(QString::fromLatin1(path))), path);
        QVERIFY(QDir(data).removeRecursively());
    }
};

QTEST_GUILESS_MAIN(tst_InstalledApp)
#include "tst_installedapp.moc"
