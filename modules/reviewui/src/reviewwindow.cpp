#include "oht/reviewui/reviewwindow.h"

#include "oht/reviewui/diffview.h"
#include "oht/reviewui/folderpackcontent.h"
#include "oht/reviewui/itempreview.h"
#include "oht/reviewui/learnerquizpreview.h"
#include "oht/reviewui/packwatcher.h"
#include "oht/reviewui/problemspanel.h"
#include "oht/web/lessonview.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFormLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <limits>

namespace oht::reviewui {

namespace {
constexpr int kItemIdRole = Qt::UserRole;
}

ReviewWindow::ReviewWindow(const QString &sourceDir, QDate today, QWidget *parent)
    : QMainWindow(parent), m_dir(sourceDir), m_today(today),
      m_watcher(new PackWatcher(sourceDir, today, this)), m_banner(new QLabel(this)),
      m_location(new QLabel(this)), m_outline(new QTreeWidget(this)),
      m_preview(new ItemPreview(this)), m_learner(new LearnerQuizPreview(sourceDir, today, this)),
      m_quizTabs(new QTabWidget(this)), m_content(std::make_unique<FolderPackContent>(sourceDir)),
      m_problems(new ProblemsPanel(this)), m_diff(new DiffView(sourceDir, this)),
      m_answers(new QAction(tr("Show &answer keys"), this)),
      m_reviewed(new QAction(tr("Mark item &reviewed"), this))
{
    setWindowTitle(tr("Reviewer mode — %1").arg(sourceDir));
    m_banner->setAccessibleName(tr("Reviewer mode"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #3b2f00; "
                                           "padding: 6px; border-bottom: 1px solid #c8a800; }"));
    m_location->setAccessibleName(tr("Location of the problem"));
    m_outline->setHeaderHidden(true);
    m_outline->setAccessibleName(tr("Course outline"));

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_location);
    m_stack = new QStackedWidget(right);
    m_quizTabs->addTab(m_preview, tr("Reviewer l&isting"));
    m_quizTabs->addTab(m_learner, tr("Learner &view"));
    m_quizTabs->setAccessibleName(tr("Quiz views"));
    m_stack->addWidget(m_quizTabs);
    connect(m_quizTabs, &QTabWidget::currentChanged, this, [this] { showCurrent(); });
    rightLayout->addWidget(m_stack);
    auto *split = new QSplitter(this);
    split->addWidget(m_outline);
    split->addWidget(right);
    split->setStretchFactor(1, 3);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(split, 1); // the banner keeps its text's height
    m_banner->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    setCentralWidget(central);

    auto *problemsDock = new QDockWidget(tr("Problems"), this);
    problemsDock->setObjectName(QStringLiteral("problems"));
    problemsDock->setWidget(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, problemsDock);
    auto *notesDock = new QDockWidget(tr("Review notes"), this);
    notesDock->setObjectName(QStringLiteral("notes"));
    notesDock->setWidget(buildNotesForm());
    addDockWidget(Qt::RightDockWidgetArea, notesDock);
    auto *diffDock = new QDockWidget(tr("Changes"), this);
    diffDock->setObjectName(QStringLiteral("changes"));
    diffDock->setWidget(m_diff);
    addDockWidget(Qt::BottomDockWidgetArea, diffDock);
    tabifyDockWidget(problemsDock, diffDock);
    diffDock->hide(); // until a comparison is made
    connect(m_diff, &DiffView::compared, diffDock, [diffDock] {
        diffDock->show();
        diffDock->raise();
    });
    connect(m_diff, &DiffView::failed, this,
            [this](const QString &message) { statusBar()->showMessage(message); });

    m_answers->setCheckable(true);
    m_answers->setShortcut(QKeySequence(tr("Ctrl+K")));
    m_reviewed->setCheckable(true);
    m_reviewed->setEnabled(false);
    auto *reload = new QAction(tr("Re&load"), this);
    reload->setShortcut(QKeySequence::Refresh);
    QMenu *menu = menuBar()->addMenu(tr("&Review"));
    menu->addAction(m_answers);
    menu->addAction(m_reviewed);
    menu->addAction(reload);
    menu->addAction(m_diff->compareAction());
    QToolBar *bar = addToolBar(tr("Review"));
    bar->setObjectName(QStringLiteral("reviewToolbar"));
    bar->addAction(m_answers);
    bar->addAction(m_reviewed);
    bar->addAction(reload);
    bar->addAction(m_diff->compareAction());
    bar->addSeparator();
    m_seed = new QLineEdit(bar);
    m_seed->setValidator(new QIntValidator(0, std::numeric_limits<int>::max(), m_seed));
    m_seed->setPlaceholderText(tr("file order"));
    m_seed->setMaximumWidth(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 14);
    m_seed->setAccessibleName(tr("Shuffle seed"));
    m_seed->setToolTip(tr("The seed recorded with a learner's attempt shows the questions and "
                          "options in the order that learner saw them."));
    auto *seedLabel = new QLabel(tr("Shuffle &seed:"), bar);
    seedLabel->setBuddy(m_seed);
    bar->addWidget(seedLabel);
    bar->addWidget(m_seed);
    connect(m_seed, &QLineEdit::textChanged, this, [this](const QString &text) {
        bool ok = false;
        const quint32 seed = text.toUInt(&ok);
        m_preview->setShuffleSeed(ok ? std::optional<quint32>(seed) : std::nullopt);
    });

    connect(m_answers, &QAction::toggled, m_preview, &ItemPreview::setAnswersVisible);
    connect(m_reviewed, &QAction::triggered, this, &ReviewWindow::setReviewed);
    connect(reload, &QAction::triggered, m_watcher, &PackWatcher::revalidate);
    connect(m_outline, &QTreeWidget::currentItemChanged, this, [this] {
        m_location->clear();
        showCurrent();
    });
    connect(m_problems, &ProblemsPanel::findingActivated, this, &ReviewWindow::openFinding);
    connect(m_problems, &ProblemsPanel::noteActivated, this,
            [this](const packio::ReviewNote &n) { openItem(n.itemId); });
    connect(m_watcher, &PackWatcher::validated, this, &ReviewWindow::onValidated);
    m_watcher->start();
}

ReviewWindow::~ReviewWindow()
{
    delete m_lessonView; // before m_content, which it reads from
}

QWidget *ReviewWindow::buildNotesForm()
{
    auto *form = new QWidget(this);
    auto *layout = new QFormLayout(form);
    m_category = new QComboBox(form);
    for (auto c : {packio::NoteCategory::Typo, packio::NoteCategory::ClinicalAccuracy,
                   packio::NoteCategory::Bias, packio::NoteCategory::Accessibility,
                   packio::NoteCategory::Translation})
        m_category->addItem(packio::ReviewNotes::categoryLabel(c), int(c));
    m_question = new QLineEdit(form);
    m_question->setPlaceholderText(tr("optional, e.g. q2"));
    m_noteText = new QPlainTextEdit(form);
    m_noteText->setTabChangesFocus(true);
    m_author = new QLineEdit(form);
    m_addNote = new QPushButton(tr("&Add note"), form);
    layout->addRow(tr("&Category:"), m_category);
    layout->addRow(tr("&Question:"), m_question);
    layout->addRow(tr("&Note:"), m_noteText);
    layout->addRow(tr("A&uthor:"), m_author);
    layout->addRow(m_addNote);
    m_category->setAccessibleName(tr("Note category"));
    m_question->setAccessibleName(tr("Question id"));
    m_noteText->setAccessibleName(tr("Note text"));
    m_author->setAccessibleName(tr("Author"));
    connect(m_addNote, &QPushButton::clicked, this, &ReviewWindow::addNote);
    return form;
}

void ReviewWindow::loadNotes()
{
    const auto notes = packio::ReviewNotes::load(packio::ReviewNotes::pathFor(m_dir));
    if (notes)
        m_notes = *notes;
    else // keep what is on screen; the file is the user's to fix
        statusBar()->showMessage(notes.error().message);
}

void ReviewWindow::onValidated(const packformat::ValidationResult &result)
{
    const QString current = currentItemId();
    const int scroll = m_preview->verticalScrollBar()->value();
    const double position = m_lessonView && m_stack->currentWidget() == m_lessonView
                                ? m_lessonView->readingPosition()
                                : -1;
    m_result = result;
    m_learner->setValidation(result);
    m_content->setManifest(m_result.manifest);
    loadNotes();
    if (m_result.manifest) {
        const auto &m = *m_result.manifest;
        m_banner->setText(
            tr("Reviewer mode — not installed. %1, version %2 · licence %3 · "
               "review by %4. Saved changes reload automatically.")
                .arg(m.title, m.version.toString(), m.license, m.reviewBy.toString(Qt::ISODate)));
    } else {
        m_banner->setText(tr("Reviewer mode — not installed. pack.json cannot be read: see the "
                             "problems panel."));
    }
    m_problems->setFindings(m_result.findings);
    m_diff->refresh(); // a comparison follows the saves too
    m_problems->setNotes(m_notes.notes());
    const QSignalBlocker block(m_outline);
    rebuildOutline();
    const bool same = openItem(current);
    if (!same && m_outline->topLevelItemCount() > 0 && m_outline->topLevelItem(0)->childCount() > 0)
        m_outline->setCurrentItem(m_outline->topLevelItem(0)->child(0));
    showCurrent(same ? position : -1); // the lesson reloads where the reviewer was reading
    m_preview->verticalScrollBar()->setValue(scroll);
}

void ReviewWindow::rebuildOutline()
{
    m_outline->clear();
    if (!m_result.manifest)
        return;
    for (const auto &module : m_result.manifest->modules) {
        auto *top = new QTreeWidgetItem(m_outline, {module.title});
        top->setFlags(Qt::ItemIsEnabled);
        for (const auto &item : module.items) {
            const bool reviewed = m_notes.review(item.id).reviewed;
            auto *child = new QTreeWidgetItem(
                top, {reviewed ? tr("%1 (reviewed)").arg(item.title) : item.title});
            child->setData(0, kItemIdRole, item.id);
            child->setToolTip(0, item.file);
        }
    }
    m_outline->expandAll();
}

bool ReviewWindow::openItem(const QString &itemId)
{
    if (itemId.isEmpty())
        return false;
    for (int i = 0; i < m_outline->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = m_outline->topLevelItem(i);
        for (int j = 0; j < top->childCount(); ++j)
            if (top->child(j)->data(0, kItemIdRole).toString() == itemId) {
                m_outline->setCurrentItem(top->child(j));
                return true;
            }
    }
    return false;
}

QString ReviewWindow::currentItemId() const
{
    const QTreeWidgetItem *item = m_outline->currentItem();
    return item ? item->data(0, kItemIdRole).toString() : QString();
}

QString ReviewWindow::locationText() const
{
    return m_location->text();
}

void ReviewWindow::showCurrent(double readingPosition)
{
    const QString id = currentItemId();
    const packformat::OutlineItem *item =
        m_result.manifest && !id.isEmpty() ? m_result.manifest->findItem(id) : nullptr;
    m_reviewed->setEnabled(item != nullptr);
    if (!item) {
        m_preview->clearItem();
        return;
    }
    m_reviewed->setChecked(m_notes.review(id).reviewed);
    if (item->kind == packformat::ItemKind::Lesson) {
        if (!m_lessonView) {
            m_lessonView = new web::LessonView(*m_content, m_stack);
            m_lessonView->setAccessibleName(tr("Lesson as learners see it"));
            m_stack->addWidget(m_lessonView);
            connect(m_lessonView, &web::LessonView::lessonLinkActivated, this,
                    [this](const QString &, const QString &path) { openLessonLink(path); });
        }
        m_stack->setCurrentWidget(m_lessonView);
        web::LessonOpenOptions options;
        options.readingPosition = readingPosition;
        if (auto opened = m_lessonView->openLesson(m_content->packId(), id, options); !opened)
            statusBar()->showMessage(opened.error().message);
        return;
    }
    m_stack->setCurrentWidget(m_quizTabs);
    const auto quiz = m_result.quizzes.constFind(id);
    m_preview->showItem(m_dir, *item, quiz == m_result.quizzes.cend() ? nullptr : &*quiz);
    if (m_quizTabs->currentWidget() == m_learner)
        m_learner->showQuiz(id); // built and imported only when the learner view is looked at
}

void ReviewWindow::openFinding(const packformat::Finding &finding)
{
    // The finding's file names the item; several items may share a file: the first wins.
    QString itemId;
    if (m_result.manifest)
        for (const auto &item : m_result.manifest->items())
            if (item.file == finding.file) {
                itemId = item.id;
                break;
            }
    if (!itemId.isEmpty())
        openItem(itemId);
    QString where = finding.file;
    if (finding.line > 0)
        where += QStringLiteral(":%1").arg(finding.line);
    m_location->setText(tr("%1 — %2").arg(where, finding.message));
    if (itemId.isEmpty())
        return;
    if (m_stack->currentWidget() == m_lessonView && finding.line > 1) {
        // The rendered page has no line map back to the source; proportional brings the
        // fault on screen.
        QFile source(QDir(m_dir).filePath(finding.file));
        const qsizetype lines =
            source.open(QIODevice::ReadOnly) ? source.readAll().count('\n') + 1 : 0;
        if (lines > 1)
            showCurrent(qBound(0.0, double(finding.line - 1) / double(lines), 1.0));
    } else {
        m_quizTabs->setCurrentWidget(m_preview); // the listing has the source lines
        m_preview->scrollToSourceLine(finding.line);
    }
}

void ReviewWindow::openLessonLink(const QString &path)
{
    if (!m_result.manifest)
        return;
    for (const auto &item : m_result.manifest->items())
        if (item.file == path) {
            openItem(item.id);
            return;
        }
    statusBar()->showMessage(tr("%1 is not an item of the outline.").arg(path));
}

bool ReviewWindow::saveNotes()
{
    const auto saved = m_notes.save(packio::ReviewNotes::pathFor(m_dir));
    if (!saved) {
        statusBar()->showMessage(saved.error().message);
        return false;
    }
    m_problems->setNotes(m_notes.notes());
    return true;
}

void ReviewWindow::addNote()
{
    const QString id = currentItemId();
    const QString text = m_noteText->toPlainText().trimmed();
    if (id.isEmpty() || text.isEmpty()) {
        statusBar()->showMessage(id.isEmpty() ? tr("Choose a lesson or quiz in the outline first.")
                                              : tr("Write the note first."));
        return;
    }
    packio::ReviewNote note;
    note.itemId = id;
    note.questionId = m_question->text().trimmed();
    note.category = packio::NoteCategory(m_category->currentData().toInt());
    note.text = text;
    note.author = m_author->text().trimmed();
    note.date = m_today;
    const QString noteId = m_notes.addNote(note);
    if (saveNotes()) {
        m_noteText->clear(); // kept when saving failed: nothing typed is lost
        m_question->clear();
        statusBar()->showMessage(tr("Note %1 saved.").arg(noteId));
    } else {
        m_notes.removeNote(noteId);
    }
}

void ReviewWindow::setReviewed(bool reviewed)
{
    const QString id = currentItemId();
    if (id.isEmpty())
        return;
    m_notes.setReviewed(id, reviewed, m_author->text().trimmed(), m_today);
    if (!saveNotes())
        m_reviewed->setChecked(!reviewed);
    const QSignalBlocker block(m_outline);
    rebuildOutline();
    openItem(id);
}

} // namespace oht::reviewui
