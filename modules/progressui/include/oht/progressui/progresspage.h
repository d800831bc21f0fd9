#pragma once

#include "oht/progress/clock.h"

#include <QString>
#include <QWidget>
#include <functional>

class QGroupBox;
class QLabel;
class QPushButton;

namespace oht::library {
class Library;
}
namespace oht::progress {
class ProgressDatabase;
}

namespace oht::progressui {

class CompletionList;
class ScoreHistoryView;
class WeeklyTimeView;

/// A learner's progress in one course (completion per module, certificate when complete)
/// or in all courses (completion per course), with the quiz score history, time per week,
/// the study streak, and the export/import of the learner's record.
class ProgressPage : public QWidget
{
    Q_OBJECT
public:
    enum class FileAction { ExportXapi, ExportCsv, ImportXapi, SaveCertificate };
    /// Asks for a file; an empty string means cancelled. The app uses file dialogs; tests
    /// answer directly.
    using PathChooser = std::function<QString(FileAction action, const QString &suggested)>;

    ProgressPage(progress::ProgressDatabase &db, const library::Library &library,
                 progress::Clock clock = progress::systemClock(), QWidget *parent = nullptr);

    void setPathChooser(PathChooser chooser);
    /// Whose progress to show; refreshes.
    void setProfileId(qint64 profileId);
    qint64 profileId() const { return m_profileId; }

    /// One course (reads everything again).
    void showCourse(const QString &packId);
    /// Every installed course.
    void showOverall();
    void refresh();
    /// Empty on the overall page.
    QString packId() const { return m_packId; }

    // The buttons call these after asking for a path; each shows its outcome in
    // messageLabel() and returns whether it worked.
    bool exportXapi(const QString &path);
    bool exportCsv(const QString &path);
    bool importXapi(const QString &path);
    bool saveCertificate(const QString &path);

    QLabel *titleLabel() const { return m_title; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *streakLabel() const { return m_streak; }
    QLabel *messageLabel() const { return m_message; }
    CompletionList *completionList() const { return m_completion; }
    ScoreHistoryView *scoreHistory() const { return m_scores; }
    WeeklyTimeView *weeklyTime() const { return m_weeks; }
    QPushButton *backButton() const { return m_back; }
    QPushButton *overallButton() const { return m_overall; }
    QPushButton *exportXapiButton() const { return m_exportXapi; }
    QPushButton *exportCsvButton() const { return m_exportCsv; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *certificateButton() const { return m_certificate; }
    QLabel *certificateNote() const { return m_certificateNote; }

signals:
    /// The learner wants to leave the page (Back).
    void closeRequested();
    /// An import changed the record: other views of progress should refresh.
    void recordChanged();
    /// A short outcome for the status bar.
    void message(const QString &text);

private:
    void buildLayout();
    void showCompletion();
    void showActivity();
    void showCertificateState();
    void report(bool ok, const QString &text);
    QString learnerName() const;
    QString choosePath(FileAction action, const QString &suggested);
    QString askWithFileDialog(FileAction action, const QString &suggested);

    progress::ProgressDatabase &m_db;
    const library::Library &m_library;
    progress::Clock m_clock;
    PathChooser m_chooser;
    qint64 m_profileId = 0;
    QString m_packId;
    QString m_packTitle;

    QLabel *m_title = nullptr;
    QLabel *m_learner = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_streak = nullptr;
    QLabel *m_message = nullptr;
    QGroupBox *m_completionBox = nullptr;
    CompletionList *m_completion = nullptr;
    ScoreHistoryView *m_scores = nullptr;
    WeeklyTimeView *m_weeks = nullptr;
    QGroupBox *m_certificateBox = nullptr;
    QLabel *m_certificateNote = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_overall = nullptr;
    QPushButton *m_exportXapi = nullptr;
    QPushButton *m_exportCsv = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_certificate = nullptr;
};

} // namespace oht::progressui
