#pragma once

#include "oht/packformat/packvalidator.h"

#include <QDate>
#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

namespace oht::reviewui {

/// Watches a pack's source folder (reviewer mode: it is never installed) and validates it
/// again, with the reviewers' checks, shortly after any file or folder in it changes, so
/// the open view and the problems panel follow the author's editor within a second.
/// Saves come in bursts (editors write a temporary file, rename it, touch the folder):
/// they are gathered for `debounceMs` and validated once.
class PackWatcher : public QObject
{
    Q_OBJECT

public:
    /// `today` is injected for the review-date checks.
    explicit PackWatcher(QString sourceDir, QDate today = QDate::currentDate(),
                         QObject *parent = nullptr);

    QString sourceDir() const { return m_dir; }
    /// The latest validation (valid after start()).
    const packformat::ValidationResult &result() const { return m_result; }
    /// How many validations ran: tests and the view use it to tell reloads apart.
    int generation() const { return m_generation; }

    void setDebounce(int ms) { m_timer.setInterval(ms); }

    /// Validates now and starts watching.
    void start();
    /// Validates now (e.g. a "Reload" action).
    void revalidate();

signals:
    /// After every validation, with the files the reviewer may be looking at.
    void validated(const oht::packformat::ValidationResult &result);

private:
    void scheduleRevalidate();
    void watchAll();

    QString m_dir;
    QDate m_today;
    QFileSystemWatcher m_watcher;
    QTimer m_timer;
    packformat::ValidationResult m_result;
    int m_generation = 0;
};

} // namespace oht::reviewui
