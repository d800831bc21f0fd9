#pragma once

#include "oht/core/result.h"
#include "oht/library/packsummary.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTreeView;

namespace oht::library {
class Library;
}
namespace oht::progress {
class ProgressServices;
}
namespace oht::quizview {
class QuizPage;
}

namespace oht::ui {

class CourseInfoPanel;
class LessonArea;
class OutlineModel;

/// One course: its outline on the side, and either the course information, a lesson
/// (in the LessonArea) or a quiz notice; previous/next step through the outline.
class CoursePage : public QWidget
{
    Q_OBJECT
public:
    CoursePage(library::Library &library, LessonArea *lessonArea, QWidget *parent = nullptr);

    /// Loads a course's outline and shows `itemId`, or the course information when
    /// `itemId` is empty. An error when the pack or item does not exist.
    Result<void> openCourse(const QString &packId, const QString &itemId = {},
                            const QString &findText = {});
    /// Shows an item of the open course; `fragment`/`findText` position a lesson.
    Result<void> showItem(const QString &itemId, const QString &fragment = {},
                          const QString &findText = {});
    void showCourseInfo();
    /// Quizzes are taken in a QuizPage recording for the session's current learner;
    /// without this call a quiz item shows a notice instead.
    void enableQuizzes(progress::ProgressServices &progress);

    QString packId() const { return m_pack.id; }
    QString packTitle() const { return m_pack.title; }
    QString currentItemId() const;
    bool hasPrevious() const;
    bool hasNext() const;
    bool isLessonShown() const;

    QTreeView *outline() const { return m_outline; }
    OutlineModel *outlineModel() const { return m_model; }
    CourseInfoPanel *infoPanel() const { return m_info; }
    LessonArea *lessonArea() const { return m_lessonArea; }
    /// nullptr until enableQuizzes().
    quizview::QuizPage *quizPage() const { return m_quizPage; }
    QSplitter *splitter() const { return m_splitter; }

public slots:
    void previous();
    void next();

signals:
    void libraryRequested();
    /// The shown item changed (empty `itemId`: the course information).
    void currentChanged(const QString &packId, const QString &itemId);
    /// A message for the status bar.
    void message(const QString &text);
    /// The learner asked for their progress in this course.
    void progressRequested(const QString &packId);
    /// The learner passed a quiz of this course (the item is recorded as completed).
    void quizCompleted(const QString &packId, const QString &itemId);

private:
    void onLessonLink(const QString &packId, const QString &path, const QString &fragment);
    void updateNavigation();

    library::Library &m_library;
    library::PackSummary m_pack;
    OutlineModel *m_model;
    QLabel *m_title;
    QPushButton *m_backButton;
    QPushButton *m_infoButton;
    QPushButton *m_progressButton;
    QPushButton *m_previousButton;
    QPushButton *m_nextButton;
    QSplitter *m_splitter;
    QTreeView *m_outline;
    QStackedWidget *m_content;
    CourseInfoPanel *m_info;
    LessonArea *m_lessonArea;
    QLabel *m_quizNotice;
    quizview::QuizPage *m_quizPage = nullptr;
};

} // namespace oht::ui
