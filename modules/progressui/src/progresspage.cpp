#include "oht/progressui/progresspage.h"

#include "oht/library/library.h"
#include "oht/progress/activitystats.h"
#include "oht/progress/certificate.h"
#include "oht/progress/courseprogress.h"
#include "oht/progress/profilestore.h"
#include "oht/progressui/certificatewriter.h"
#include "oht/progressui/completionlist.h"
#include "oht/progressui/recordtransfer.h"
#include "oht/progressui/scorehistoryview.h"
#include "oht/progressui/weeklytimeview.h"

#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <algorithm>

namespace oht::progressui {

namespace {

QLabel *wrappingLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QPushButton *button(const QString &objectName, const QString &text, const QString &accessible,
                    QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setAccessibleName(accessible);
    return b;
}

} // namespace

ProgressPage::ProgressPage(progress::ProgressDatabase &db, const library::Library &library,
                           progress::Clock clock, QWidget *parent)
    : QWidget(parent), m_db(db), m_library(library), m_clock(std::move(clock))
{
    setObjectName(QStringLiteral("progressPage"));
    buildLayout();
}

void ProgressPage::buildLayout()
{
    m_back = button(QStringLiteral("progressBackButton"), tr("&Back"), tr("Back"), this);
    m_overall = button(QStringLiteral("progressOverallButton"), tr("&All courses"),
                       tr("Progress in all courses"), this);
    m_title = wrappingLabel(QStringLiteral("progressTitle"), this);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_learner = wrappingLabel(QStringLiteral("progressLearner"), this);
    auto *header = new QHBoxLayout;
    header->addWidget(m_back);
    header->addWidget(m_title, 1);
    header->addWidget(m_overall);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    m_summary = wrappingLabel(QStringLiteral("progressSummary"), content);
    m_streak = wrappingLabel(QStringLiteral("studyStreak"), content);
    m_message = wrappingLabel(QStringLiteral("progressMessage"), content);
    m_message->setAccessibleName(tr("Outcome"));
    m_message->hide();
    layout->addWidget(m_learner);
    layout->addWidget(m_message);
    layout->addWidget(m_summary);
    layout->addWidget(m_streak);

    m_completionBox = new QGroupBox(tr("Completion"), content);
    m_completion = new CompletionList(m_completionBox);
    m_completion->setObjectName(QStringLiteral("completionList"));
    (new QVBoxLayout(m_completionBox))->addWidget(m_completion);
    layout->addWidget(m_completionBox);

    m_certificateBox = new QGroupBox(tr("Certificate"), content);
    m_certificateNote = wrappingLabel(QStringLiteral("certificateNote"), m_certificateBox);
    m_certificate = button(QStringLiteral("certificateButton"), tr("Save &certificate (PDF)…"),
                           tr("Save the certificate of completion as PDF"), m_certificateBox);
    auto *certificateLayout = new QVBoxLayout(m_certificateBox);
    certificateLayout->addWidget(m_certificateNote);
    certificateLayout->addWidget(m_certificate, 0, Qt::AlignLeading);
    layout->addWidget(m_certificateBox);

    auto *scoresBox = new QGroupBox(tr("Quiz scores"), content);
    m_scores = new ScoreHistoryView(scoresBox);
    (new QVBoxLayout(scoresBox))->addWidget(m_scores);
    layout->addWidget(scoresBox);

    auto *timeBox = new QGroupBox(tr("Time spent per week"), content);
    m_weeks = new WeeklyTimeView(timeBox);
    (new QVBoxLayout(timeBox))->addWidget(m_weeks);
    layout->addWidget(timeBox);

    auto *recordBox = new QGroupBox(tr("Your learning record"), content);
    auto *recordNote = wrappingLabel(QStringLiteral("recordNote"), recordBox);
    recordNote->setText(tr("Your record is yours: save it to keep a copy or to continue on "
                           "another computer, where you can import it into a learner."));
    m_exportXapi = button(QStringLiteral("exportXapiButton"), tr("Export as &xAPI (JSON)…"),
                          tr("Export the learning record as xAPI statements"), recordBox);
    m_exportCsv = button(QStringLiteral("exportCsvButton"), tr("Export as C&SV…"),
                         tr("Export the learning record as CSV"), recordBox);
    m_import = button(QStringLiteral("importRecordButton"), tr("&Import a record…"),
                      tr("Import a learning record (xAPI JSON)"), recordBox);
    auto *recordButtons = new QHBoxLayout;
    recordButtons->addWidget(m_exportXapi);
    recordButtons->addWidget(m_exportCsv);
    recordButtons->addWidget(m_import);
    recordButtons->addStretch(1);
    auto *recordLayout = new QVBoxLayout(recordBox);
    recordLayout->addWidget(recordNote);
    recordLayout->addLayout(recordButtons);
    layout->addWidget(recordBox);
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("progressScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->addLayout(header);
    outer->addWidget(scroll, 1);

    connect(m_back, &QPushButton::clicked, this, &ProgressPage::closeRequested);
    connect(m_overall, &QPushButton::clicked, this, &ProgressPage::showOverall);
    connect(m_completion, &CompletionList::activated, this, &ProgressPage::showCourse);
    // Each button asks for a file, then does its job; Cancel does nothing.
    const auto onClick = [this](QPushButton *b, FileAction action, const QString &prefix,
                                const QString &extension,
                                bool (ProgressPage::*run)(const QString &)) {
        connect(b, &QPushButton::clicked, this, [=, this] {
            const QString name =
                action == FileAction::SaveCertificate ? m_packTitle : learnerName();
            const QString suggested =
                extension.isEmpty() ? QString()
                                    : RecordTransfer::suggestedFileName(
                                          prefix, name, extension, m_clock().toLocalTime().date());
            const QString path = choosePath(action, suggested);
            if (!path.isEmpty())
                (this->*run)(path);
        });
    };
    const QString record = QStringLiteral("learning-record");
    onClick(m_exportXapi, FileAction::ExportXapi, record, QStringLiteral("json"),
            &ProgressPage::exportXapi);
    onClick(m_exportCsv, FileAction::ExportCsv, record, QStringLiteral("csv"),
            &ProgressPage::exportCsv);
    onClick(m_import, FileAction::ImportXapi, record, QString(), &ProgressPage::importXapi);
    onClick(m_certificate, FileAction::SaveCertificate, QStringLiteral("certificate"),
            QStringLiteral("pdf"), &ProgressPage::saveCertificate);
}

void ProgressPage::setPathChooser(PathChooser chooser)
{
    m_chooser = std::move(chooser);
}

QString ProgressPage::choosePath(FileAction action, const QString &suggested)
{
    return m_chooser ? m_chooser(action, suggested) : askWithFileDialog(action, suggested);
}

void ProgressPage::setProfileId(qint64 profileId)
{
    m_profileId = profileId;
    m_message->hide();
    refresh();
}

void ProgressPage::showCourse(const QString &packId)
{
    m_packId = packId;
    m_message->hide();
    refresh();
}

void ProgressPage::showOverall()
{
    showCourse(QString());
}

QString ProgressPage::learnerName() const
{
    auto profile = progress::ProfileStore(m_db).profile(m_profileId);
    return profile ? profile->name : QString();
}

void ProgressPage::refresh()
{
    m_packTitle.clear();
    m_learner->setText(tr("Learner: %1").arg(learnerName()));
    m_overall->setVisible(!m_packId.isEmpty());
    showCompletion();
    showActivity();
    showCertificateState();
}

void ProgressPage::showCompletion()
{
    progress::CourseProgress progress(m_db, m_library);
    const QLocale locale;
    if (!m_packId.isEmpty()) {
        auto completion = progress.completion(m_profileId, m_packId);
        if (!completion) {
            m_title->setText(tr("Progress"));
            m_summary->setText(completion.error().message);
            m_completion->setRows({});
            return;
        }
        m_packTitle = completion->title;
        m_title->setText(tr("Progress in %1").arg(completion->title));
        m_completionBox->setTitle(tr("Completion per module"));
        QString text = CompletionList::describe(
            {m_packId, completion->title, completion->done, completion->total});
        text += QLatin1String(". ") + tr("Lessons completed: %1 of %2. Quizzes passed: %3 of %4.")
                                          .arg(locale.toString(completion->lessonsDone),
                                               locale.toString(completion->lessonsTotal),
                                               locale.toString(completion->quizzesPassed),
                                               locale.toString(completion->quizzesTotal));
        m_summary->setText(text);
        QList<CompletionRow> rows;
        for (const progress::ModuleCompletion &m : completion->modules)
            rows.append({m.moduleId, m.title, m.done, m.total});
        m_completion->setActivatable(false);
        m_completion->setRows(rows);
        return;
    }
    m_title->setText(tr("Progress in all courses"));
    m_completionBox->setTitle(tr("Completion per course"));
    auto packs = m_library.packs();
    QList<CompletionRow> rows;
    int done = 0;
    int total = 0;
    int complete = 0;
    QString failure = packs ? QString() : packs.error().message;
    for (const library::PackSummary &pack : packs ? *packs : QList<library::PackSummary>()) {
        auto completion = progress.completion(m_profileId, pack.id);
        if (!completion) {
            failure = completion.error().message;
            continue;
        }
        rows.append({pack.id, pack.title, completion->done, completion->total});
        done += completion->done;
        total += completion->total;
        complete += completion->isComplete() ? 1 : 0;
    }
    if (!failure.isEmpty()) {
        m_summary->setText(failure);
    } else if (rows.isEmpty()) {
        m_summary->setText(tr("No courses are installed yet."));
    } else {
        // Explicit singular/plural: the app ships no English .qm to resolve "%n course(s)".
        const QString installed =
            rows.size() == 1 ? tr("1 course installed")
                             : tr("%1 courses installed").arg(locale.toString(rows.size()));
        m_summary->setText(tr("%1, %2 complete. Items done: %3 of %4.")
                               .arg(installed, locale.toString(complete), locale.toString(done),
                                    locale.toString(total)));
    }
    m_completion->setActivatable(true);
    m_completion->setRows(rows);
}

void ProgressPage::showActivity()
{
    progress::CourseProgress progress(m_db, m_library);
    QList<progress::ScorePoint> points;
    if (!m_packId.isEmpty()) {
        if (auto history = progress.scoreHistory(m_profileId, m_packId))
            points = *history;
    } else if (auto packs = m_library.packs()) {
        for (const library::PackSummary &pack : *packs) {
            auto history = progress.scoreHistory(m_profileId, pack.id);
            for (progress::ScorePoint point : history ? *history : QList<progress::ScorePoint>()) {
                // One line per quiz of each course: ids are only unique within a pack.
                point.itemId = pack.id + QLatin1Char('/') + point.itemId;
                if (!point.itemTitle.isEmpty())
                    point.itemTitle = tr("%1: %2").arg(pack.title, point.itemTitle);
                points.append(point);
            }
        }
        std::stable_sort(points.begin(), points.end(),
                         [](const auto &a, const auto &b) { return a.finishedAt < b.finishedAt; });
    }
    m_scores->setPoints(points);

    progress::ActivityStats stats(m_db);
    const QDate today = m_clock().toLocalTime().date();
    auto weeks = stats.weeklyTime(m_profileId, m_packId);
    m_weeks->setWeeks(weeks ? *weeks : QList<progress::WeekTime>(), today);

    auto streak = stats.streak(m_profileId, today);
    if (!streak) {
        m_streak->setText(streak.error().message);
    } else if (streak->current == 0) {
        m_streak->setText(tr("Study streak: none yet. Study today to start one."));
    } else {
        const QLocale locale;
        QString text =
            streak->current == 1
                ? tr("Study streak: 1 day")
                : tr("Study streak: %1 days in a row").arg(locale.toString(streak->current));
        text += QLatin1Char(' ') +
                (streak->longest == 1
                     ? tr("(longest: 1 day).")
                     : tr("(longest: %1 days).").arg(locale.toString(streak->longest)));
        if (!streak->activeToday)
            text += QLatin1Char(' ') + tr("Study today to keep it going.");
        m_streak->setText(text);
    }
}

void ProgressPage::showCertificateState()
{
    m_certificateBox->setVisible(!m_packId.isEmpty());
    if (m_packId.isEmpty()) {
        m_certificate->hide();
        return;
    }
    auto record =
        progress::CourseProgress(m_db, m_library).certificateRecord(m_profileId, m_packId);
    const bool available = record && record->has_value();
    m_certificate->setVisible(available);
    if (available) {
        m_certificateNote->setText(
            tr("You completed this course on %1. Save your certificate "
               "of completion as a PDF.")
                .arg(QLocale().toString((*record)->completionDate, QLocale::LongFormat)));
    } else {
        m_certificateNote->setText(tr("The certificate of completion becomes available when every "
                                      "lesson is completed and every quiz is passed."));
    }
}

void ProgressPage::report(bool ok, const QString &text)
{
    // Words first ("Saved", "Could not"), so the outcome never relies on the colour.
    m_message->setText(text);
    m_message->setStyleSheet(ok ? QString() : QStringLiteral("color: #a40000; font-weight: bold;"));
    m_message->show();
    emit message(text);
}

bool ProgressPage::exportXapi(const QString &path)
{
    auto written = RecordTransfer(m_db).exportXapi(m_profileId, path);
    if (!written) {
        report(false, written.error().message);
        return false;
    }
    report(true, tr("Saved the learning record (%1 statements) to “%2”.")
                     .arg(QLocale().toString(*written), QFileInfo(path).fileName()));
    return true;
}

bool ProgressPage::exportCsv(const QString &path)
{
    auto written = RecordTransfer(m_db).exportCsv(m_profileId, path);
    if (!written) {
        report(false, written.error().message);
        return false;
    }
    report(true, tr("Saved the learning record to “%1”.").arg(QFileInfo(path).fileName()));
    return true;
}

bool ProgressPage::importXapi(const QString &path)
{
    auto merged = RecordTransfer(m_db).importXapi(m_profileId, path);
    if (!merged) {
        report(false, merged.error().message);
        return false;
    }
    const QLocale locale;
    QString text = tr("Imported “%1”: %2 new records.")
                       .arg(QFileInfo(path).fileName(), locale.toString(merged->added));
    if (merged->duplicates > 0)
        text += QLatin1Char(' ') +
                tr("Already there (not added again): %1.").arg(locale.toString(merged->duplicates));
    refresh();
    report(true, text);
    emit recordChanged();
    return true;
}

bool ProgressPage::saveCertificate(const QString &path)
{
    auto record =
        progress::CourseProgress(m_db, m_library).certificateRecord(m_profileId, m_packId);
    if (!record) {
        report(false, record.error().message);
        return false;
    }
    if (!record->has_value()) {
        report(false, tr("The course is not complete yet, so there is no certificate to save."));
        return false;
    }
    const progress::CertificateData data = progress::Certificate::make(**record);
    if (auto written = CertificateWriter::writePdf(data, path); !written) {
        report(false, written.error().message);
        return false;
    }
    report(true, tr("Saved the certificate to “%1”. Verification code: %2.")
                     .arg(QFileInfo(path).fileName(), data.verificationCode));
    return true;
}

} // namespace oht::progressui
