#pragma once

#include "oht/packformat/packvalidator.h"
#include "oht/packio/reviewnotes.h"

#include <QDate>
#include <QMainWindow>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTreeWidget;

namespace oht::web {
class LessonView;
}

namespace oht::reviewui {

class DiffView;
class FolderPackContent;
class ItemPreview;
class LearnerQuizPreview;
class PackWatcher;
class ProblemsPanel;

/// Reviewer mode: a pack's source folder shown without installing it. The outline, the
/// item preview (answer keys on demand), the problems panel and the review notes of
/// review-notes.json; every save in the folder re-validates and refreshes the view,
/// keeping the item and scroll position.
class ReviewWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// `today` is injected for the review-date checks and the notes' dates.
    explicit ReviewWindow(const QString &sourceDir, QDate today = QDate::currentDate(),
                          QWidget *parent = nullptr);
    ~ReviewWindow() override;

    /// Selects and shows an outline item; false when there is no such item.
    bool openItem(const QString &itemId);
    QString currentItemId() const;
    /// "file:line" of the last finding opened, shown above the preview.
    QString locationText() const;

    PackWatcher *watcher() const { return m_watcher; }
    ProblemsPanel *problems() const { return m_problems; }
    /// Review ▸ Compare with…: the changes since another version, in a dock.
    DiffView *diffView() const { return m_diff; }
    /// Quizzes (answer keys on demand).
    ItemPreview *preview() const { return m_preview; }
    /// The quiz in the learner's own QuizPage, from a private temporary library.
    LearnerQuizPreview *learnerView() const { return m_learner; }
    /// "Reviewer listing" (the preview) and "Learner view" tabs of a quiz.
    QTabWidget *quizTabs() const { return m_quizTabs; }
    /// Lessons, in the learner's sealed reader; null until the first lesson is shown
    /// (creating it starts Chromium).
    web::LessonView *lessonView() const { return m_lessonView; }
    QTreeWidget *outline() const { return m_outline; }
    QAction *answersAction() const { return m_answers; }
    QAction *reviewedAction() const { return m_reviewed; }
    QComboBox *noteCategory() const { return m_category; }
    QLineEdit *noteQuestion() const { return m_question; }
    QPlainTextEdit *noteText() const { return m_noteText; }
    QLineEdit *noteAuthor() const { return m_author; }
    QPushButton *addNoteButton() const { return m_addNote; }
    /// Empty: questions in the file's order; a number: the order of a learner's attempt.
    QLineEdit *seedEdit() const { return m_seed; }
    const packio::ReviewNotes &notes() const { return m_notes; }

private:
    QWidget *buildNotesForm();
    void onValidated(const packformat::ValidationResult &result);
    void rebuildOutline();
    void showCurrent(double readingPosition = -1);
    void openLessonLink(const QString &path);
    void openFinding(const packformat::Finding &finding);
    void addNote();
    void setReviewed(bool reviewed);
    bool saveNotes();
    void loadNotes();

    QString m_dir;
    QDate m_today;
    PackWatcher *m_watcher;
    packformat::ValidationResult m_result;
    packio::ReviewNotes m_notes;
    QLabel *m_banner;
    QLabel *m_location;
    QTreeWidget *m_outline;
    ItemPreview *m_preview;
    LearnerQuizPreview *m_learner;
    QTabWidget *m_quizTabs;
    std::unique_ptr<FolderPackContent> m_content; // outlives m_lessonView
    web::LessonView *m_lessonView = nullptr;
    QStackedWidget *m_stack = nullptr;
    ProblemsPanel *m_problems;
    DiffView *m_diff;
    QAction *m_answers;
    QAction *m_reviewed;
    QComboBox *m_category = nullptr;
    QLineEdit *m_question = nullptr;
    QPlainTextEdit *m_noteText = nullptr;
    QLineEdit *m_author = nullptr;
    QPushButton *m_addNote = nullptr;
    QLineEdit *m_seed = nullptr;
};

} // namespace oht::reviewui
