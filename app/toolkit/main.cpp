// oht-toolkit: builds the object graph and hands over to the event loop. Wiring only:
// every behaviour lives in modules/ui, modules/web and modules/library.
#include "apptranslator.h"
#include "oht/catalog/catalogconfig.h"
#include "oht/catalog/downloadqueue.h"
#include "oht/catalogui/catalogactions.h"
#include "oht/catalogui/lazymeteredcheck.h"
#include "oht/core/appinfo.h"
#include "oht/core/datadir.h"
#include "oht/library/library.h"
#include "oht/progress/progressservices.h"
#include "oht/progressui/pindialog.h"
#include "oht/reviewui/reviewlauncher.h"
#include "oht/reviewui/reviewwindow.h"
#include "oht/ui/bundledpackinstaller.h"
#include "oht/ui/fileopenfilter.h"
#include "oht/ui/launchoptions.h"
#include "oht/ui/mainwindow.h"
#include "oht/ui/uisettings.h"
#include "oht/web/librarypackcontent.h"
#include "oht/web/packscheme.h"
#include "oht/web/renderingmode.h"
#include "smoketest.h"
#include "startupbenchmark.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QIcon>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <cstdio>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    // QtWebEngine reads its scheme registry when the application starts.
    oht::web::registerPackScheme();
    // Software rendering unless OHT_HARDWARE_RENDERING=1 (oht/web/renderingmode.h says why).
    oht::web::RenderingMode::applyToProcess();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QString::fromLatin1(oht::kOrganizationName));
    QApplication::setApplicationName(QString::fromLatin1(oht::kApplicationName));
    QApplication::setApplicationDisplayName(QStringLiteral("HealthTech Toolkit"));
    QApplication::setApplicationVersion(oht::appVersionString());
    QApplication::setDesktopFileName(QStringLiteral("org.onehealthtech.Toolkit"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/oht-toolkit.svg")));
    oht::toolkit::AppTranslator translator(app);

    const auto options = oht::ui::LaunchOptions::parse(QApplication::arguments());
    if (options.showVersion || options.showHelp) {
        const QString text = options.showVersion
                                 ? QStringLiteral("oht-toolkit %1\n").arg(oht::appVersionString())
                                 : options.helpText;
        std::fputs(text.toLocal8Bit().constData(), stdout);
        return 0;
    }
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "oht-toolkit: %s\n", qPrintable(options.error));
        QMessageBox::critical(
            nullptr, QCoreApplication::translate("oht::toolkit::main", "HealthTech Toolkit"),
            options.error);
        return 2;
    }

    // Reviewer mode: a source folder, never installed, so no library is opened.
    if (!options.previewDir.isEmpty()) {
        oht::reviewui::ReviewWindow review(options.previewDir);
        review.resize(1200, 800);
        review.show();
        return QApplication::exec();
    }

    // Portable mode (a "portable" file beside the app, or --portable): everything,
    // Qt's own settings included, stays in the data folder beside the app.
    const QString portableDir =
        oht::portableDataDir(QApplication::applicationDirPath(), options.portable);
    const QString dataDir = oht::resolveDataDir(options.dataDir, portableDir);
    if (!portableDir.isEmpty())
        oht::keepUserSettingsIn(dataDir);
    auto library = oht::library::Library::open(dataDir);
    if (!library) {
        std::fprintf(stderr, "oht-toolkit: %s\n", qPrintable(library.error().message));
        QMessageBox::critical(
            nullptr, QCoreApplication::translate("oht::toolkit::main", "HealthTech Toolkit"),
            QCoreApplication::translate("oht::toolkit::main",
                                        "The library in “%1” cannot be opened: %2")
                .arg(QDir::toNativeSeparators(dataDir), library.error().message));
        return 3;
    }

    oht::ui::BundledPackInstaller bundled(**library,
                                          QDir(dataDir).filePath(QStringLiteral("bundled.ini")));
    const QStringList packDirs =
        oht::ui::BundledPackInstaller::defaultPackDirs(QApplication::applicationDirPath());
    const auto bundledSummary = bundled.install(packDirs);

    // The learners' record (progress.sqlite) is as essential as the library: without it
    // nothing the learner does would be kept, so the app does not start.
    auto progress = oht::progress::ProgressServices::open(dataDir, **library);
    QString progressError = progress ? QString() : progress.error().message;
    if (progress) {
        const auto learner = (*progress)->startupProfile();
        // A learner with a PIN is asked for it before anything of theirs is shown (or
        // someone else picks their own learner); Cancel quits.
        std::optional<oht::progress::Profile> chosen;
        if (learner) {
            chosen = oht::progressui::PinDialog::chooseAtStart((*progress)->profiles(), *learner);
            if (!chosen)
                return 0;
        }
        const oht::Result<void> activated =
            learner ? (*progress)->activate(*chosen) : oht::Result<void>(learner.error());
        if (!activated)
            progressError = activated.error().message;
    }
    if (!progressError.isEmpty()) {
        std::fprintf(stderr, "oht-toolkit: %s\n", qPrintable(progressError));
        QMessageBox::critical(
            nullptr, QCoreApplication::translate("oht::toolkit::main", "HealthTech Toolkit"),
            QCoreApplication::translate("oht::toolkit::main",
                                        "The learners’ progress in “%1” cannot be opened: %2")
                .arg(QDir::toNativeSeparators(dataDir), progressError));
        return 3;
    }

    oht::ui::UiSettings settings(dataDir);
    oht::web::LibraryPackContent content(**library);
    // Catalogs and downloads (declared before the window, which uses them until it closes).
    QNetworkAccessManager network;
    oht::catalog::CatalogConfig catalogConfig(
        dataDir,
        oht::catalogui::CatalogActions::defaultsFrom(QStringLiteral(OHT_DEFAULT_CATALOG_URL),
                                                     QStringLiteral(OHT_DEFAULT_PUBLISHER_KEYS)));
    if (const auto loaded = catalogConfig.load(); !loaded)
        std::fprintf(stderr, "oht-toolkit: %s\n", qPrintable(loaded.error().message));
    oht::catalogui::LazyMeteredCheck metered; // loads its backend only when needed
    oht::catalog::DownloadQueue downloads(
        &network, QDir(dataDir).filePath(QStringLiteral("downloads")), &metered);
    downloads.setAvoidMetered(catalogConfig.avoidMeteredDownloads());
    downloads.restore(); // unfinished downloads of an earlier run, paused
    oht::ui::MainWindow window(**library, settings, content, **progress);
    window.addCatalog(
        new oht::catalogui::CatalogActions(**library, catalogConfig, downloads, &network, &window));
    window.addReview(new oht::reviewui::ReviewLauncher(&window));
    const bool hasTarget = !options.openTarget.isEmpty() || !options.packFiles.isEmpty();
    window.restoreSession(hasTarget || options.benchmark || options.smokeTest);
    if (options.benchmark)
        new oht::toolkit::StartupBenchmark(window, sinceMain);
    if (options.smokeTest) {
        QStringList existing;
        for (const QString &dir : packDirs)
            if (QDir(dir).exists())
                existing.append(dir);
        new oht::toolkit::SmokeTest(window, {dataDir, !portableDir.isEmpty(), existing,
                                             bundledSummary, translator.appTranslationFile()});
    }
    // macOS: a course pack double-clicked in Finder arrives as an event, not an argument.
    oht::ui::FileOpenFilter fileOpen;
    app.installEventFilter(&fileOpen);
    QObject::connect(&fileOpen, &oht::ui::FileOpenFilter::packFilesOpened, &window,
                     &oht::ui::MainWindow::importFiles);
    window.show();
    if (!options.openTarget.isEmpty())
        window.openTarget(options.openTarget);
    if (!options.packFiles.isEmpty())
        window.importFiles(options.packFiles);
    return QApplication::exec();
}
