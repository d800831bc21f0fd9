#include "smoketest.h"

#include "oht/ui/librarypage.h"
#include "oht/ui/mainwindow.h"

#include <QCoreApplication>
#include <QDir>
#include <QTimer>
#include <QWindow>
#include <cstdio>

namespace oht::toolkit {

namespace {
void line(const char *key, const QString &value)
{
    std::printf("oht-smoke %s %s\n", key, value.toUtf8().constData());
}
} // namespace

SmokeTest::SmokeTest(ui::MainWindow &window, SmokeReport report)
    : QObject(&window), m_window(window), m_report(std::move(report))
{
    // The widget itself gets no Expose event; its native window does, once created by
    // show(). Checking every 50 ms keeps this out of the window's own event handling.
    QTimer::singleShot(0, this, &SmokeTest::poll);
}

void SmokeTest::poll()
{
    if (m_done)
        return;
    const QWindow *handle = m_window.windowHandle();
    if (m_window.isVisible() && handle && handle->isExposed()) {
        m_done = true;
        finish();
        return;
    }
    // A window that never appears is a failure, not a hang (60 s).
    if (++m_polls > 1200) {
        std::printf("oht-smoke error window-not-shown\n");
        std::fflush(stdout);
        QCoreApplication::exit(1);
        return;
    }
    QTimer::singleShot(50, this, &SmokeTest::poll);
}

void SmokeTest::finish()
{
    const auto &bundled = m_report.bundled;
    line("data-dir", QDir::toNativeSeparators(m_report.dataDir));
    line("portable", m_report.portable ? QStringLiteral("yes") : QStringLiteral("no"));
    line("pack-dirs", m_report.packDirs.join(QLatin1Char(';')));
    line("bundled-installed", bundled.installed.join(QLatin1Char(',')));
    line("bundled-updated", bundled.updated.join(QLatin1Char(',')));
    line("bundled-skipped", bundled.skipped.join(QLatin1Char(',')));
    line("bundled-failed", bundled.failed.join(QLatin1Char(';')));
    line("courses", QString::number(m_window.libraryPage()->courseCount()));
    line("translation", m_report.translationFile);
    std::printf("oht-smoke ok\n");
    std::fflush(stdout);
    const int code = bundled.failed.isEmpty() ? 0 : 1;
    m_window.close();
    QCoreApplication::exit(code);
}

} // namespace oht::toolkit
