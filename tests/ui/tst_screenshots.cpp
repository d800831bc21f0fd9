// Screenshots of the real window for the README and for looking at: the library, a
// course, a lesson, search, right-to-left (-reverse), Spanish and 200 % text. Runs
// under xvfb-run (see CMakeLists.txt) so WebEngine paints; saves into
// <build>/screenshots/. Each shot also checks what it shows.
#include "appharness.h"
#include "oht/library/library.h"
#include "oht/ui/coursepage.h"
#include "oht/ui/librarypage.h"
#include "oht/ui/mainwindow.h"
#include "oht/ui/searchdialog.h"
#include "oht/ui/searchresultmodel.h"
#include "oht/web/packscheme.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QScreen>
#include <QTableView>
#include <QStandardPaths>
#include <QTest>
#include <QTranslator>

using oht::test::AppHarness;

class tst_Screenshots : public QObject
{
    Q_OBJECT
private:
    QString m_outDir = QStringLiteral(OHT_BINARY_DIR "/screenshots");

    void save(QWidget *widget, const QString &name)
    {
        QTest::qWait(1200); // WebEngine paints after loadFinished
        QPixmap shot;
        if (QGuiApplication::platformName() == QLatin1String("xcb"))
            shot = widget->screen()->grabWindow(widget->winId());
        if (shot.isNull())
            shot = widget->grab();
        QVERIFY(!shot.isNull());
        QVERIFY(shot.save(QDir(m_outDir).filePath(name)));
    }

    // The real bundled courses, plus test courses to fill the table.
    static void installCourses(AppHarness &app)
    {
        const QDir packs(QStringLiteral(OHT_SOURCE_DIR "/resources/packs"));
        for (const QString &name : packs.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            const QString built = app.factory().fromSource(packs.filePath(name), name);
            if (!built.isEmpty())
                QVERIFY(app.library().importPack(built).ok());
        }
        QVERIFY(app.install(QStringLiteral("org.example.device-safety"),
                            QStringLiteral("Medical device safety basics")));
        QVERIFY(
            app.install(QStringLiteral("org.example.data-101"), QStringLiteral("Health data 101")));
    }

    static QString firstCourseWithLessons(AppHarness &app, QString *lesson)
    {
        // Prefer the big bundled course, whose lessons have diagrams.
        for (const QString &id : {QStringLiteral("org.onehealthtech.foundations"),
                                  QStringLiteral("org.onehealthtech.starter")}) {
            const auto manifest = app.library().manifest(id);
            if (manifest && !manifest->items().isEmpty()) {
                *lesson = manifest->items().first().id;
                return id;
            }
        }
        *lesson = QStringLiteral("intro");
        return QStringLiteral("org.example.device-safety");
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(QDir().mkpath(m_outDir));
    }

    void libraryCourseLessonSearch()
    {
        AppHarness app;
        installCourses(app);
        app.window().libraryPage()->reload();
        app.window().resize(1100, 720);
        app.window().show();
        QVERIFY(QTest::qWaitForWindowExposed(&app.window()));
        QVERIFY(app.window().libraryPage()->courseCount() >= 3);
        save(&app.window(), QStringLiteral("library.png"));

        QString lesson;
        const QString pack = firstCourseWithLessons(app, &lesson);
        QVERIFY(app.window().openCourse(pack));
        save(&app.window(), QStringLiteral("course.png"));

        QVERIFY(app.openLessonAndWait(pack, lesson));
        save(&app.window(), QStringLiteral("lesson.png"));

        oht::ui::SearchDialog *search = app.window().searchDialog();
        app.window().showLibrary();
        search->activate();
        search->field()->setText(QStringLiteral("interoperability"));
        search->search();
        QVERIFY(search->model()->rowCount() > 0);
        save(search, QStringLiteral("search.png"));
        search->close();
    }

    void rightToLeft()
    {
        QApplication::setLayoutDirection(Qt::RightToLeft); // what -reverse does
        AppHarness app;
        installCourses(app);
        app.window().libraryPage()->reload();
        app.window().resize(1100, 720);
        app.window().show();
        QVERIFY(QTest::qWaitForWindowExposed(&app.window()));
        QCOMPARE(app.window().layoutDirection(), Qt::RightToLeft);
        save(&app.window(), QStringLiteral("library-rtl.png"));
        QString lesson;
        QVERIFY(app.openLessonAndWait(firstCourseWithLessons(app, &lesson), lesson));
        save(&app.window(), QStringLiteral("lesson-rtl.png"));
        QApplication::setLayoutDirection(Qt::LeftToRight);
    }

    void spanishAndLargeText()
    {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(OHT_QM_DIR "/oht_es.qm")));
        QApplication::installTranslator(&translator);
        const QFont normal = QApplication::font();
        {
            AppHarness app;
            installCourses(app);
            app.window().libraryPage()->reload();
            app.window().resize(1100, 720);
            app.window().show();
            QVERIFY(QTest::qWaitForWindowExposed(&app.window()));
            QCOMPARE(app.window().windowTitle(), QStringLiteral("HealthTech Toolkit"));
            save(&app.window(), QStringLiteral("library-es.png"));
            QString lesson;
            const QString pack = firstCourseWithLessons(app, &lesson);
            QVERIFY(app.window().openCourse(pack));
            save(&app.window(), QStringLiteral("course-es.png"));
        }
        QApplication::removeTranslator(&translator);

        QFont large = normal;
        large.setPointSizeF(normal.pointSizeF() * 2);
        QApplication::setFont(large);
        {
            AppHarness app;
            installCourses(app);
            app.window().libraryPage()->reload();
            app.window().resize(1100, 720);
            app.window().show();
            QVERIFY(QTest::qWaitForWindowExposed(&app.window()));
            save(&app.window(), QStringLiteral("library-200.png"));
            QString lesson;
            const QString pack = firstCourseWithLessons(app, &lesson);
            QVERIFY(app.openLessonAndWait(pack, lesson));
            save(&app.window(), QStringLiteral("lesson-200.png"));
        }
        QApplication::setFont(normal);
    }
};

int main(int argc, char *argv[])
{
    oht::web::registerPackScheme();
    QApplication app(argc, argv);
    tst_Screenshots test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_screenshots.moc"
