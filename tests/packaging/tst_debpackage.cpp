// The .deb that CPack built (fixture packaging_cpack): its control fields (Depends
// computed by dpkg-shlibdeps, plus the plugins Qt loads at run time), the files it
// installs, and the desktop, AppStream and MIME files checked by their own tools.
#include "oht/core/appinfo.h"
#include "packagetools.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using oht::test::PackageTools;

namespace {
const QString kAppId = QStringLiteral("org.onehealthtech.Toolkit");
const QString kMimeType = QStringLiteral("application/vnd.onehealthtech.ohtpack+zip");
} // namespace

class tst_DebPackage : public QObject
{
    Q_OBJECT
private:
    QString m_deb;
    QTemporaryDir m_root;
    QStringList m_contents; // paths as dpkg-deb --contents prints them, without "./"

    QString field(const QString &name)
    {
        const auto run =
            PackageTools::run(QStringLiteral("dpkg-deb"), {QStringLiteral("--field"), m_deb, name});
        return run.ok() ? run.outText().trimmed() : QString();
    }
    QString rooted(const QString &path) const { return QDir(m_root.path()).filePath(path); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        m_deb = PackageTools::findDeb(QStringLiteral(OHT_DEB_DIR), &error);
        QVERIFY2(!m_deb.isEmpty(), qPrintable(error));
        const auto contents =
            PackageTools::run(QStringLiteral("dpkg-deb"), {QStringLiteral("--contents"), m_deb});
        QVERIFY2(contents.ok(), qPrintable(contents.describe()));
        // "-rwxr-xr-x root/root 123 2026-11-25 10:00 ./usr/bin/ohtpack"
        for (const QString &line :
             contents.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const qsizetype at = line.indexOf(QLatin1String(" ./"));
            QVERIFY2(at > 0, qPrintable(line));
            QString path = line.mid(at + 3);
            if (path.endsWith(QLatin1Char('/')))
                path.chop(1);
            if (!path.isEmpty())
                m_contents.append(path);
        }
        QVERIFY(m_root.isValid());
        const auto extracted = PackageTools::extract(m_deb, m_root.path());
        QVERIFY2(extracted.ok(), qPrintable(extracted.describe()));
    }

    void fileNameFollowsDebianConvention()
    {
        QCOMPARE(QFileInfo(m_deb).fileName(),
                 QStringLiteral("oht-toolkit_%1-1_amd64.deb").arg(oht::appVersionString()));
    }

    void controlFields_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected"); // a regular expression over the whole value
        QTest::newRow("Package") << "Package"
                                 << "^oht-toolkit$";
        QTest::newRow("Version") << "Version"
                                 << QStringLiteral("^%1-1$").arg(
                                        QRegularExpression::escape(oht::appVersionString()));
        QTest::newRow("Architecture") << "Architecture"
                                      << "^amd64$";
        QTest::newRow("Section") << "Section"
                                 << "^education$";
        QTest::newRow("Priority") << "Priority"
                                  << "^optional$";
        QTest::newRow("Maintainer") << "Maintainer"
                                    << "^[^<>]+ <[^<>@]+@[^<>@]+>$";
        QTest::newRow("Homepage") << "Homepage"
                                  << "^https://";
        QTest::newRow("Description: summary, then a long text")
            << "Description"
            << "^Offline health-technology courses.*\\n .*course packs";
        QTest::newRow("Installed-Size") << "Installed-Size"
                                        << "^[0-9]+$";
    }
    void controlFields()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        const QString value = field(name);
        QVERIFY2(QRegularExpression(expected, QRegularExpression::DotMatchesEverythingOption)
                     .match(value)
                     .hasMatch(),
                 qPrintable(QStringLiteral("%1: %2").arg(name, value)));
    }

    void descriptionLinesAreShort()
    {
        const QStringList lines = field(QStringLiteral("Description")).split(QLatin1Char('\n'));
        QVERIFY(lines.size() > 3);
        for (const QString &line : lines)
            QVERIFY2(line.size() < 80, qPrintable(line));
    }

    // Depends is computed (dpkg-shlibdeps, with versions) and names what Qt loads at run
    // time, which no linker sees.
    void dependsComputed_data()
    {
        QTest::addColumn<QString>("package");
        // linked, found by dpkg-shlibdeps
        QTest::newRow("libc6, versioned") << "libc6 (>= ";
        QTest::newRow("libqt6core6") << "libqt6core6";
        QTest::newRow("libqt6widgets6") << "libqt6widgets6";
        QTest::newRow("libqt6sql6") << "libqt6sql6";
        QTest::newRow("libqt6webenginecore6") << "libqt6webenginecore6";
        QTest::newRow("libqt6webenginewidgets6") << "libqt6webenginewidgets6";
        QTest::newRow("libarchive13") << "libarchive13";
        QTest::newRow("libmd4c0") << "libmd4c0";
        QTest::newRow("libmd4c-html0") << "libmd4c-html0";
        // QtWebEngineProcess (run, not linked; Debian's shlibs of QtWebEngineCore add it)
        QTest::newRow("QtWebEngineProcess") << "libqt6webenginecore6-bin";
        // loaded at run time, added by packaging/cmake/cpack.cmake
        QTest::newRow("SQLite driver") << "libqt6sql6-sqlite";
        QTest::newRow("platform plugins") << "qt6-qpa-plugins";
        QTest::newRow("SVG icon plugins") << "libqt6svg6";
    }
    void dependsComputed()
    {
        QFETCH(QString, package);
        const QString depends = field(QStringLiteral("Depends"));
        QVERIFY2(depends.contains(package), qPrintable(depends));
    }

    void contents_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("GUI") << "usr/bin/oht-toolkit";
        QTest::newRow("CLI") << "usr/bin/ohtpack";
        // every bundled pack the build made
        const QDir packs(QStringLiteral(OHT_SOURCE_DIR "/resources/packs"));
        for (const QString &name : packs.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            if (QFileInfo::exists(packs.filePath(name + QStringLiteral("/pack.json"))))
                QTest::addRow("pack %s", qPrintable(name))
                    << QStringLiteral("usr/share/oht-toolkit/packs/%1.ohtpack").arg(name);
        const QDir ts(QStringLiteral(OHT_SOURCE_DIR "/translations"));
        for (const QString &name : ts.entryList({QStringLiteral("*.ts")}, QDir::Files))
            QTest::addRow("translation %s", qPrintable(name))
                << QStringLiteral("usr/share/oht-toolkit/translations/%1.qm")
                       .arg(QFileInfo(name).completeBaseName());
        QTest::newRow("desktop") << "usr/share/applications/" + kAppId + ".desktop";
        QTest::newRow("metainfo") << "usr/share/metainfo/" + kAppId + ".metainfo.xml";
        QTest::newRow("mime") << "usr/share/mime/packages/" + kAppId + ".xml";
        QTest::newRow("svg icon") << "usr/share/icons/hicolor/scalable/apps/" + kAppId + ".svg";
        for (int size : {16, 22, 24, 32, 48, 64, 128, 256})
            QTest::addRow("png icon %d", size)
                << QStringLiteral("usr/share/icons/hicolor/%1x%1/apps/%2.png")
                       .arg(size)
                       .arg(kAppId);
        QTest::newRow("copyright") << "usr/share/doc/oht-toolkit/copyright";
    }
    void contents()
    {
        QFETCH(QString, path);
        QVERIFY2(m_contents.contains(path), qPrintable(m_contents.join(QLatin1Char('\n'))));
    }

    // Nothing outside /usr, no test binaries, no build-tree leftovers, no static libraries.
    void nothingElse()
    {
        for (const QString &path : std::as_const(m_contents)) {
            QVERIFY2(path == QLatin1String("usr") || path.startsWith(QLatin1String("usr/")),
                     qPrintable(path));
            QVERIFY2(!path.contains(QLatin1String("tst_")), qPrintable(path));
            QVERIFY2(!path.endsWith(QLatin1String(".a")), qPrintable(path));
            QVERIFY2(!path.contains(QLatin1String("include/")), qPrintable(path));
            QVERIFY2(!path.contains(QLatin1String("iconrender")), qPrintable(path));
        }
        const QStringList bin = QDir(rooted(QStringLiteral("usr/bin"))).entryList(QDir::Files);
        QCOMPARE(bin, (QStringList{"oht-toolkit", "ohtpack"}));
    }

    // Stripped, and no RUNPATH into the build tree: the binaries use the system's libraries.
    void binariesAreSystemBinaries_data()
    {
        QTest::addColumn<QString>("binary");
        QTest::newRow("oht-toolkit") << "usr/bin/oht-toolkit";
        QTest::newRow("ohtpack") << "usr/bin/ohtpack";
    }
    void binariesAreSystemBinaries()
    {
        QFETCH(QString, binary);
        if (!PackageTools::hasTool(QStringLiteral("readelf")))
            QFAIL("readelf (binutils) is not installed: run packaging/install-deps.sh");
        const auto dynamic =
            PackageTools::run(QStringLiteral("readelf"), {QStringLiteral("-d"), rooted(binary)});
        QVERIFY2(dynamic.ok(), qPrintable(dynamic.describe()));
        QVERIFY2(!dynamic.outText().contains(QLatin1String("RUNPATH")) &&
                     !dynamic.outText().contains(QLatin1String("RPATH")),
                 qPrintable(dynamic.outText()));
        const auto sections =
            PackageTools::run(QStringLiteral("readelf"), {QStringLiteral("-S"), rooted(binary)});
        QVERIFY2(sections.ok(), qPrintable(sections.describe()));
        QVERIFY2(!sections.outText().contains(QLatin1String(".debug_info")), "not stripped");
    }

    void desktopFileValid()
    {
        if (!PackageTools::hasTool(QStringLiteral("desktop-file-validate")))
            QFAIL("desktop-file-validate (desktop-file-utils) is not installed: run packaging/install-deps.sh");
        const QString desktop = rooted("usr/share/applications/" + kAppId + ".desktop");
        const auto run = PackageTools::run(QStringLiteral("desktop-file-validate"), {desktop});
        QVERIFY2(run.ok() && run.out.trimmed().isEmpty() && run.err.trimmed().isEmpty(),
                 qPrintable(run.describe()));

        // What the file promises exists in the package.
        QSettings entry(desktop, QSettings::IniFormat);
        entry.beginGroup(QStringLiteral("Desktop Entry"));
        QCOMPARE(entry.value(QStringLiteral("Exec")).toString(), QStringLiteral("oht-toolkit %F"));
        QVERIFY(QFileInfo(rooted(QStringLiteral("usr/bin/oht-toolkit"))).isExecutable());
        QCOMPARE(entry.value(QStringLiteral("Icon")).toString(), kAppId);
        // QSettings reads "a;b;" as a list.
        const QStringList mime = entry.value(QStringLiteral("MimeType")).toStringList();
        QVERIFY2(mime.contains(kMimeType), qPrintable(mime.join(QLatin1Char(','))));
    }

    void appStreamValid()
    {
        if (!PackageTools::hasTool(QStringLiteral("appstreamcli")))
            QFAIL("appstreamcli (appstream) is not installed: run packaging/install-deps.sh");
        const QString metainfo = rooted("usr/share/metainfo/" + kAppId + ".metainfo.xml");
        const auto run = PackageTools::run(QStringLiteral("appstreamcli"),
                                           {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                            QStringLiteral("--strict"), metainfo});
        QVERIFY2(run.ok(), qPrintable(run.describe()));

        QFile file(metainfo);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString xml = QString::fromUtf8(file.readAll());
        QVERIFY(
            xml.contains(QStringLiteral("<release version=\"%1\"").arg(oht::appVersionString())));
        QVERIFY(xml.contains(
            QStringLiteral("<project_license>%1</project_license>").arg(oht::appLicense())));
        QVERIFY(xml.contains(QStringLiteral("<content_rating type=\"oars-1.1\"")));
        QVERIFY(xml.contains(
            QStringLiteral("<launchable type=\"desktop-id\">%1.desktop<").arg(kAppId)));
        QVERIFY(xml.count(QStringLiteral("<screenshot")) >= 3);
        QVERIFY(!xml.contains(QLatin1Char('@'))); // every @VARIABLE@ configured
    }

    // update-mime-database compiles the package's MIME file as a system would: the type
    // exists, *.ohtpack maps to it, it is a zip, and it shows the app's icon.
    void mimeTypeRegisters()
    {
        if (!PackageTools::hasTool(QStringLiteral("update-mime-database")))
            QFAIL("update-mime-database (shared-mime-info) is not installed: run packaging/install-deps.sh");
        const QString mimeDir = rooted(QStringLiteral("usr/share/mime"));
        const auto run = PackageTools::run(QStringLiteral("update-mime-database"), {mimeDir});
        QVERIFY2(run.ok() && !run.err.contains("rror"), qPrintable(run.describe()));
        auto read = [&](const QString &name) {
            QFile file(QDir(mimeDir).filePath(name));
            return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
        };
        QVERIFY(read(QStringLiteral("globs2")).contains(kMimeType + QStringLiteral(":*.ohtpack")));
        QVERIFY(read(QStringLiteral("subclasses"))
                    .contains(kMimeType + QStringLiteral(" application/zip")));
        QVERIFY(read(QStringLiteral("icons")).contains(kMimeType + QLatin1Char(':') + kAppId));
        QVERIFY(QFileInfo::exists(QDir(mimeDir).filePath(kMimeType + QStringLiteral(".xml"))));
    }

    void iconsHaveTheirSizes()
    {
        for (int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
            const QImage icon(rooted(
                QStringLiteral("usr/share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(kAppId)));
            QVERIFY2(!icon.isNull(), qPrintable(QString::number(size)));
            QCOMPARE(icon.size(), QSize(size, size));
            QVERIFY(icon.hasAlphaChannel());
            // the rounded tile: transparent corner, opaque centre
            QCOMPARE(qAlpha(icon.pixel(0, 0)), 0);
            QCOMPARE(qAlpha(icon.pixel(size / 2, size / 2)), 255);
        }
    }

    // All dependencies resolve from the system's package sources: what "installs cleanly
    // on Debian 12" needs (apt-get only simulates here; nothing is installed).
    void installsCleanly()
    {
        if (!PackageTools::hasTool(QStringLiteral("apt-get")))
            QSKIP("not a Debian system (no apt-get)");
        const auto run = PackageTools::run(QStringLiteral("apt-get"),
                                           {QStringLiteral("install"), QStringLiteral("--simulate"),
                                            QStringLiteral("--no-install-recommends"), m_deb},
                                           QProcessEnvironment::systemEnvironment(), 300'000);
        if (run.err.contains("Unable to locate") ||
            run.err.contains("has no installation candidate"))
            QSKIP("apt's package lists are not available (run apt-get update)");
        QVERIFY2(run.ok(), qPrintable(run.describe()));
        QVERIFY2(run.outText().contains(QLatin1String("Inst oht-toolkit")) ||
                     run.outText().contains(QLatin1String("oht-toolkit is already")),
                 qPrintable(run.describe()));
    }
};

QTEST_MAIN(tst_DebPackage)
#include "tst_debpackage.moc"
