#include "oht/ui/coursepage.h"

#include "oht/library/library.h"
#include "oht/progress/learnersession.h"
#include "oht/progress/progressservices.h"
#include "oht/quizview/quizpage.h"
#include "oht/ui/courseinfopanel.h"
#include "oht/ui/lessonarea.h"
#include "oht/ui/outlinemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace oht::ui {

CoursePage::CoursePage(library::Library &library, LessonArea *lessonArea, QWidget *parent)
    : QWidget(parent), m_library(library), m_model(new OutlineModel(this)),
      m_title(new QLabel(this)), m_backButton(new QPushButton(this)),
      m_infoButton(new QPushButton(this)), m_progressButton(new QPushButton(this)),
      m_previousButton(new QPushButton(this)), m_nextButton(new QPushButton(this)),
      m_splitter(new QSplitter(this)), m_outline(new QTreeView(m_splitter)),
      m_content(new QStackedWidget(m_splitter)), m_info(new CourseInfoPanel(m_content)),
      m_lessonArea(lessonArea), m_quizNotice(new QLabel(m_content))
{
    setObjectName(QStringLiteral("coursePage"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("courseTitle"));

    m_backButton->setObjectName(QStringLiteral("backToLibraryButton"));
    m_backButton->setText(tr("◀ &Library"));
    m_backButton->setAccessibleName(tr("Back to the library"));
    m_backButton->setToolTip(tr("Back to the library (Alt+Home)"));
    m_infoButton->setObjectName(QStringLiteral("courseInfoButton"));
    m_infoButton->setText(tr("About this &Course"));
    m_infoButton->setAccessibleName(tr("About this course"));
    m_progressButton->setObjectName(QStringLiteral("courseProgressButton"));
    m_progressButton->setText(tr("&Your Progress"));
    m_progressButton->setAccessibleName(tr("Your progress in this course"));
    m_progressButton->setToolTip(tr("Completion, quiz scores, study time and certificate"));
    m_previousButton->setObjectName(QStringLiteral("previousButton"));
    m_previousButton->setText(tr("&Previous"));
    m_previousButton->setAccessibleName(tr("Previous item"));
    m_previousButton->setToolTip(tr("Previous lesson or quiz (Alt+Left)"));
    m_nextButton->setObjectName(QStringLiteral("nextButton"));
    m_nextButton->setText(tr("&Next"));
    m_nextButton->setAccessibleName(tr("Next item"));
    m_nextButton->setToolTip(tr("Next lesson or quiz (Alt+Right)"));

    m_outline->setObjectName(QStringLiteral("courseOutline"));
    m_outline->setModel(m_model);
    m_outline->setAccessibleName(tr("Course outline"));
    m_outline->setAccessibleDescription(tr("Modules, lessons and quizzes. Press Enter to open."));
    m_outline->header()->hide();
    m_outline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_outline->setWordWrap(true);
    m_outline->setTextElideMode(Qt::ElideNone);
    m_outline->setUniformRowHeights(false);
    m_outline->setExpandsOnDoubleClick(false);

    m_quizNotice->setObjectName(QStringLiteral("quizNotice"));
    m_quizNotice->setWordWrap(true);
    m_quizNotice->setAlignment(Qt::AlignCenter);
    m_quizNotice->setMargin(24);

    m_lessonArea->setParent(m_content);
    m_content->addWidget(m_info);
    m_content->addWidget(m_lessonArea);
    m_content->addWidget(m_quizNotice);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({340, 780});

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_backButton);
    bar->addWidget(m_title, 1);
    bar->addWidget(m_infoButton);
    bar->addWidget(m_progressButton);
    bar->addWidget(m_previousButton);
    bar->addWidget(m_nextButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);

    connect(m_backButton, &QPushButton::clicked, this, &CoursePage::libraryRequested);
    connect(m_infoButton, &QPushButton::clicked, this, &CoursePage::showCourseInfo);
    connect(m_progressButton, &QPushButton::clicked, this,
            [this] { emit progressRequested(m_pack.id); });
    connect(m_previousButton, &QPushButton::clicked, this, &CoursePage::previous);
    connect(m_nextButton, &QPushButton::clicked, this, &CoursePage::next);
    connect(m_info, &CourseInfoPanel::startRequested, this, [this] {
        if (!m_model->itemIds().isEmpty())
            (void)showItem(m_model->itemIds().first());
    });
    connect(m_outline, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString itemId = index.data(OutlineModel::ItemIdRole).toString();
        if (!itemId.isEmpty())
            (void)showItem(itemId);
    });
    connect(m_lessonArea, &LessonArea::lessonLinkActivated, this, &CoursePage::onLessonLink);
    setFocusProxy(m_outline);
}

Result<void> CoursePage::openCourse(const QString &packId, const QString &itemId,
                                    const QString &findText)
{
    const auto pack = m_library.pack(packId);
    if (!pack)
        return pack.error();
    const auto manifest = m_library.manifest(packId);
    if (!manifest)
        return manifest.error();
    if (!itemId.isEmpty() && !manifest->findItem(itemId)) {
        return Error::invalid(
            QStringLiteral("ui.unknown-item"),
            tr("The course “%1” has no lesson or quiz with the id “%2”.").arg(pack->title, itemId));
    }
    m_pack = *pack;
    m_model->setManifest(*manifest);
    m_outline->expandAll();
    m_title->setText(m_pack.title);
    m_title->setAccessibleName(m_pack.title);
    m_info->setPack(m_pack);
    if (itemId.isEmpty()) {
        showCourseInfo();
        return {};
    }
    return showItem(itemId, {}, findText);
}

void CoursePage::showCourseInfo()
{
    m_model->setCurrentItem({});
    m_outline->clearSelection();
    m_content->setCurrentWidget(m_info);
    updateNavigation();
    emit currentChanged(m_pack.id, {});
}

Result<void> CoursePage::showItem(const QString &itemId, const QString &fragment,
                                  const QString &findText)
{
    const QModelIndex index = m_model->indexOfItem(itemId);
    if (!index.isValid()) {
        return Error::invalid(QStringLiteral("ui.unknown-item"),
                              tr("This course has no item “%1”.").arg(itemId));
    }
    const auto kind = packformat::ItemKind(index.data(OutlineModel::ItemKindRole).toInt());
    m_model->setCurrentItem(itemId);
    m_outline->setCurrentIndex(index);
    m_outline->scrollTo(index);
    if (kind == packformat::ItemKind::Quiz && m_quizPage) {
        m_content->setCurrentWidget(m_quizPage);
        // A quiz that cannot be read says so on the quiz page itself.
        (void)m_quizPage->showQuiz(m_pack.id, itemId);
    } else if (kind == packformat::ItemKind::Quiz) {
        m_quizNotice->setText(tr("Quiz: %1\n\nTaking quizzes in the app comes with the next "
                                 "version. Use Next to continue with the course.")
                                  .arg(index.data().toString()));
        m_quizNotice->setAccessibleName(m_quizNotice->text());
        m_content->setCurrentWidget(m_quizNotice);
    } else {
        m_content->setCurrentWidget(m_lessonArea);
        m_lessonArea->showLesson(m_pack.id, itemId, fragment, findText);
    }
    updateNavigation();
    emit currentChanged(m_pack.id, itemId);
    return {};
}

void CoursePage::enableQuizzes(progress::ProgressServices &progress)
{
    if (m_quizPage)
        return;
    m_quizPage =
        new quizview::QuizPage(m_library, progress.attempts(), progress.events(), m_content);
    m_quizPage->setProfileId(progress.session().profileId());
    m_content->addWidget(m_quizPage);
    connect(&progress.session(), &progress::LearnerSession::profileChanged, m_quizPage,
            &quizview::QuizPage::setProfileId);
    connect(m_quizPage, &quizview::QuizPage::itemCompleted, this, &CoursePage::quizCompleted);
    connect(m_quizPage, &quizview::QuizPage::message, this, &CoursePage::message);
}

QString CoursePage::currentItemId() const
{
    return m_model->currentItem();
}

bool CoursePage::hasPrevious() const
{
    return !currentItemId().isEmpty() && !m_model->previousItem(currentItemId()).isEmpty();
}

bool CoursePage::hasNext() const
{
    // From the course information, Next starts the course.
    return currentItemId().isEmpty() ? !m_model->itemIds().isEmpty()
                                     : !m_model->nextItem(currentItemId()).isEmpty();
}

bool CoursePage::isLessonShown() const
{
    return m_content->currentWidget() == m_lessonArea;
}

void CoursePage::previous()
{
    if (hasPrevious())
        (void)showItem(m_model->previousItem(currentItemId()));
}

void CoursePage::next()
{
    if (!hasNext())
        return;
    (void)showItem(currentItemId().isEmpty() ? m_model->itemIds().first()
                                             : m_model->nextItem(currentItemId()));
}

void CoursePage::updateNavigation()
{
    m_previousButton->setEnabled(hasPrevious());
    m_nextButton->setEnabled(hasNext());
}

void CoursePage::onLessonLink(const QString &packId, const QString &path, const QString &fragment)
{
    if (packId != m_pack.id)
        return;
    const QString itemId = m_model->itemIdForFile(path);
    if (itemId.isEmpty()) {
        emit message(tr("“%1” is a file of this course, not a lesson, so it cannot be opened here.")
                         .arg(path));
        return;
    }
    (void)showItem(itemId, fragment);
}

} // namespace oht::ui
