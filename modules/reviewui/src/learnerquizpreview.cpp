#include "oht/reviewui/learnerquizpreview.h"

#include "oht/library/library.h"
#include "oht/packio/packbuilder.h"
#include "oht/progress/learnersession.h"
#include "oht/progress/profilestore.h"
#include "oht/progress/progressservices.h"
#include "oht/quizview/quizpage.h"

#include <QDir>
#include <QLabel>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace oht::reviewui {

LearnerQuizPreview::LearnerQuizPreview(const QString &sourceDir, QDate today, QWidget *parent)
    : QWidget(parent), m_dir(sourceDir), m_today(today), m_stack(new QStackedWidget(this)),
      m_message(new QLabel(this))
{
    setAccessibleName(tr("Quiz as learners see it"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setMargin(24);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->setFocusPolicy(Qt::StrongFocus);
    m_stack->addWidget(m_message);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    if (!m_temp.isValid())
        showMessage(tr("The learner view needs a temporary folder and none could be created: %1")
                        .arg(m_temp.errorString()));
}

LearnerQuizPreview::~LearnerQuizPreview()
{
    // The page records through the stores; the stores read the library.
    delete m_page;
    m_progress.reset();
    m_library.reset();
}

void LearnerQuizPreview::setValidation(const packformat::ValidationResult &result)
{
    m_result = result;
    m_stale = true;
}

bool LearnerQuizPreview::isShowingQuiz() const
{
    return m_page && m_stack->currentWidget() == m_page;
}

void LearnerQuizPreview::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setAccessibleName(text);
    m_stack->setCurrentWidget(m_message);
}

bool LearnerQuizPreview::importSource()
{
    if (!m_temp.isValid())
        return false;
    if (!m_result.ok()) {
        showMessage(tr("This pack has errors, so it cannot be installed and the quiz cannot be "
                       "shown as learners take it. Fix the errors listed in the Problems panel; "
                       "the Reviewer listing tab still shows the questions and answer keys."));
        return false;
    }
    if (m_page)
        m_page->saveNow(); // an answer typed just before the save is kept
    const QString archive = QDir(m_temp.path()).filePath(QStringLiteral("preview.ohtpack"));
    QFile::remove(archive);
    packio::BuildReport report;
    if (auto built = packio::PackBuilder(m_today).build(m_dir, archive, report); !built) {
        showMessage(
            tr("The pack could not be built for the learner view: %1").arg(built.error().message));
        return false;
    }
    const QString dataDir = QDir(m_temp.path()).filePath(QStringLiteral("learner"));
    if (!m_library) {
        auto library = library::Library::open(dataDir);
        if (!library) {
            showMessage(tr("The learner view's library could not be opened: %1")
                            .arg(library.error().message));
            return false;
        }
        m_library = std::move(*library);
    }
    library::ImportOptions options;
    options.force = true; // an older version number, as when the reviewer edits pack.json
    auto imported = m_library->importPack(archive, options);
    if (imported && imported->outcome == library::ImportOutcome::AlreadyInstalled) {
        // Same version, edited content: the library only replaces a different version.
        if (auto removed = m_library->removePack(imported->packId); removed)
            imported = m_library->importPack(archive, options);
    }
    QFile::remove(archive);
    if (!imported) {
        showMessage(tr("The pack could not be installed for the learner view: %1")
                        .arg(imported.error().message));
        return false;
    }
    m_packId = imported->packId;
    if (!m_progress) {
        auto progress = progress::ProgressServices::open(dataDir, *m_library);
        if (!progress) {
            showMessage(tr("The learner view's progress could not be opened: %1")
                            .arg(progress.error().message));
            return false;
        }
        m_progress = std::move(*progress);
        const auto profile = m_progress->startupProfile();
        if (!profile || !m_progress->activate(*profile)) {
            showMessage(tr("The learner view could not create its learner."));
            m_progress.reset();
            return false;
        }
        // The private learner's name says whose attempts these are.
        (void)m_progress->profiles().rename(profile->id, tr("Reviewer"));
        m_page = new quizview::QuizPage(*m_library, m_progress->attempts(), m_progress->events(),
                                        m_stack);
        m_page->setProfileId(m_progress->profileId());
        m_stack->addWidget(m_page);
    }
    m_stale = false;
    return true;
}

bool LearnerQuizPreview::showQuiz(const QString &itemId)
{
    const bool wasTaking = isShowingQuiz() && m_page->itemId() == itemId &&
                           m_page->view() == quizview::QuizPage::View::Attempt;
    if (m_stale && !importSource())
        return false;
    if (!m_page)
        return false;
    m_stack->setCurrentWidget(m_page);
    if (auto shown = m_page->showQuiz(m_packId, itemId); !shown) {
        showMessage(shown.error().message);
        return false;
    }
    // An edited quiz closes the attempt (as for a learner after an update); the reviewer
    // who was taking it wants to see the edit, so a new attempt starts at once.
    if (wasTaking && m_page->view() == quizview::QuizPage::View::Overview)
        m_page->startOrResume();
    return true;
}

} // namespace oht::reviewui
