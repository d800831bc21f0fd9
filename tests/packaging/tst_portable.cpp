// Portable mode end to end with the real ohtpack, copied into a folder that stands for
// a USB stick: a "portable" file beside it puts the library in <folder>/data, whatever
// OHT_DATA_DIR says; the folder can be moved (another computer, another drive letter)
// and keeps its library; --portable does the same without the file; --data-dir still
// wins over both.
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

class tst_Portable : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_work;

    QString path(const QString &name) const { return QDir(m_work.path()).filePath(name); }

    // A "stick" folder holding a copy of ohtpack (and the marker when asked).
    QString makeStick(const QString &name, bool marker) const
    {
        const QString dir = path(name);
        if (!QDir().mkpath(dir))
            return {};
        const QString exe = QDir(dir).filePath(QStringLiteral("ohtpack"));
        if (!QFile::copy(QStringLiteral(OHT_OHTPACK_BINARY), exe) ||
            !QFile::setPermissions(exe, QFile::permissions(QStringLiteral(OHT_OHTPACK_BINARY))))
            return {};
        if (marker) {
            QFile file(QDir(dir).filePath(QStringLiteral("portable")));
            if (!file.open(QIODevice::WriteOnly))
                return {};
        }
        return dir;
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), path(QStringLiteral("home")));
        env.remove(QStringLiteral("XDG_DATA_HOME"));
        // The host's own library setting: portable mode must not use it.
        env.insert(QStringLiteral("OHT_DATA_DIR"), path(QStringLiteral("host-library")));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        return env;
    }

    ToolRun ohtpack(const QString &stick, const QStringList &args) const
    {
        return PackageTools::run(QDir(stick).filePath(QStringLiteral("ohtpack")), args,
                                 environment());
    }

    QStringList listIds(const QString &stick, const QStringList &extra = {}) const
    {
        const auto run =
            ohtpack(stick, QStringList{QStringLiteral("list"), QStringLiteral("--json")} + extra);
        if (!run.ok())
            return {QStringLiteral("error: ") + run.describe()};
        QStringList ids;
        for (const QJsonValue &pack : QJsonDocument::fromJson(run.out).array())
            ids.append(pack.toObject().value(QStringLiteral("id")).toString());
        return ids;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_work.isValid());
        QVERIFY(QFileInfo::exists(QStringLiteral(OHT_STARTER_PACK)));
    }

    void markerKeepsTheLibraryBesideTheApp()
    {
        const QString stick = makeStick(QStringLiteral("stick"), true);
        QVERIFY(!stick.isEmpty());
        const auto imported =
            ohtpack(stick, {QStringLiteral("import"), QStringLiteral(OHT_STARTER_PACK)});
        QVERIFY2(imported.ok(), qPrintable(imported.describe()));

        const QString data = QDir(stick).filePath(QStringLiteral("data"));
        QVERIFY(QFileInfo::exists(QDir(data).filePath(QStringLiteral("library.sqlite"))));
        QVERIFY(QDir(QDir(data).filePath(QStringLiteral("blobs"))).exists());
        QCOMPARE(listIds(stick), QStringList{"org.onehealthtech.starter"});
        // Neither OHT_DATA_DIR nor the home folder got anything.
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("host-library"))));
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("home/.local/share/OneHealthTech"))));

        // Moved to another place (another computer mounts the stick elsewhere).
        QVERIFY(QDir().rename(stick, path(QStringLiteral("moved-stick"))));
        QCOMPARE(listIds(path(QStringLiteral("moved-stick"))),
                 QStringList{"org.onehealthtech.starter"});
    }

    void withoutMarkerTheHostLibraryIsUsed()
    {
        const QString stick = makeStick(QStringLiteral("plain"), false);
        QVERIFY(!stick.isEmpty());
        QCOMPARE(listIds(stick), QStringList());
        QVERIFY(QFileInfo::exists(path(QStringLiteral("host-library/library.sqlite"))));
        QVERIFY(!QFileInfo::exists(QDir(stick).filePath(QStringLiteral("data"))));
    }

    void portableOptionWithoutMarker_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("after the command") << QStringList{"import", OHT_STARTER_PACK, "--portable"};
        QTest::newRow("before the command")
            << QStringList{"--portable", "import", OHT_STARTER_PACK};
    }
    void portableOptionWithoutMarker()
    {
        QFETCH(QStringList, args);
        const QString stick = makeStick(QStringLiteral("flag-%1")
                                            .arg(QTest::currentDataTag())
                                            .replace(QLatin1Char(' '), QLatin1Char('-')),
                                        false);
        QVERIFY(!stick.isEmpty());
        const auto run = ohtpack(stick, args);
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        QVERIFY(QFileInfo::exists(QDir(stick).filePath(QStringLiteral("data/library.sqlite"))));
        QCOMPARE(listIds(stick, {QStringLiteral("--portable")}),
                 QStringList{"org.onehealthtech.starter"});
    }

    void dataDirBeatsTheMarker()
    {
        const QString stick = makeStick(QStringLiteral("stick-explicit"), true);
        QVERIFY(!stick.isEmpty());
        const QString other = path(QStringLiteral("explicit-library"));
        const auto run = ohtpack(stick, {QStringLiteral("import"), QStringLiteral(OHT_STARTER_PACK),
                                         QStringLiteral("--data-dir"), other});
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        QVERIFY(QFileInfo::exists(QDir(other).filePath(QStringLiteral("library.sqlite"))));
        QVERIFY(!QFileInfo::exists(QDir(stick).filePath(QStringLiteral("data"))));
    }

    void helpMentionsPortableMode()
    {
        const QString stick = makeStick(QStringLiteral("stick-help"), false);
        const auto run = ohtpack(stick, {QStringLiteral("help")});
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        QVERIFY(run.outText().contains(QLatin1String("--portable")));
    }
};

QTEST_GUILESS_MAIN(tst_Portable)
#include "tst_portable.moc"
