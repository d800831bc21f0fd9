#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace oht::ui {
class MainWindow;
}

namespace oht::toolkit {

/// Only with --benchmark-startup (tests/bench/startup drives it): prints, on stdout,
/// when the window is first exposed, then opens the first lesson of the first course
/// (cold), then the next lesson (warm), prints both load times and "ready", and waits
/// for the harness to measure memory and stop it. Nothing of this runs otherwise.
class StartupBenchmark : public QObject
{
    Q_OBJECT
public:
    StartupBenchmark(ui::MainWindow &window, QElapsedTimer sinceMain);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void openLessons();
    void report(const char *name, qint64 ms);

    ui::MainWindow &m_window;
    QElapsedTimer m_sinceMain;
    QElapsedTimer m_lesson;
    bool m_exposed = false;
    int m_loads = 0;
    QStringList m_lessons;
};

} // namespace oht::toolkit
