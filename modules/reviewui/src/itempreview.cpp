#include "oht/reviewui/itempreview.h"

#include "oht/packformat/lessonrenderer.h"
#include "oht/quiz/presentation.h"

#include <QDir>
#include <QFile>
#include <QScrollBar>
#include <QUrl>

namespace oht::reviewui {

namespace {

QString inlineMarkdown(const QString &text)
{
    QString html =
        packformat::renderLesson(text.toUtf8(), packformat::LessonFormat::Markdown).html.trimmed();
    // One paragraph of inline text: drop md4c's <p> so it sits inside our own markup.
    if (html.startsWith(QLatin1String("<p>")) && html.endsWith(QLatin1String("</p>")))
        html = html.mid(3, html.size() - 7);
    return html;
}

QString number(double v)
{
    return QString::number(v, 'g', 12);
}

} // namespace

ItemPreview::ItemPreview(QWidget *parent) : QTextBrowser(parent)
{
    setOpenLinks(false); // a reviewer's preview never leaves the pack on its own
    setAccessibleName(tr("Preview"));
}

void ItemPreview::clearItem()
{
    m_item = {};
    m_quiz.reset();
    clear();
}

void ItemPreview::showItem(const QString &sourceDir, const packformat::OutlineItem &item,
                           const packformat::Quiz *quiz)
{
    m_dir = sourceDir;
    m_item = item;
    m_quiz = quiz ? std::optional<packformat::Quiz>(*quiz) : std::nullopt;
    render();
}

void ItemPreview::setAnswersVisible(bool visible)
{
    m_answers = visible;
    const int scroll = verticalScrollBar()->value();
    render();
    verticalScrollBar()->setValue(scroll);
}

void ItemPreview::setShuffleSeed(std::optional<quint32> seed)
{
    m_seed = seed;
    render();
}

void ItemPreview::render()
{
    if (m_item.id.isEmpty())
        return;
    const QString path = QDir(m_dir).filePath(m_item.file);
    // Relative images and links resolve against the item's own folder, as in the app.
    document()->setBaseUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath() + QLatin1Char('/')));
    if (m_item.kind == packformat::ItemKind::Quiz) {
        m_sourceLines = 0;
        setHtml(m_quiz ? quizHtml(*m_quiz)
                       : QStringLiteral("<p><b>%1</b></p>")
                             .arg(tr("This quiz cannot be shown: see the problems panel.")
                                      .toHtmlEscaped()));
        return;
    }
    QFile file(path);
    packformat::LessonFormat format = packformat::LessonFormat::Markdown;
    if (!file.open(QIODevice::ReadOnly) || !packformat::lessonFormatForPath(m_item.file, &format)) {
        m_sourceLines = 0;
        setHtml(QStringLiteral("<p><b>%1</b></p>")
                    .arg(tr("%1 cannot be read.").arg(m_item.file).toHtmlEscaped()));
        return;
    }
    const QByteArray source = file.readAll();
    m_sourceLines = int(source.count('\n')) + 1;
    setHtml(packformat::renderLesson(source, format, packformat::RenderParts::ContentOnly).html);
}

QString ItemPreview::quizHtml(const packformat::Quiz &quiz) const
{
    QString html;
    const QString yes = tr("correct").toHtmlEscaped();
    // A learner's order (seeded), or the file's.
    QList<packformat::Question> questions = quiz.questions;
    if (m_seed) {
        const quiz::Presentation p = quiz::Presentation::make(quiz, *m_seed);
        QList<packformat::Question> ordered;
        for (const QString &id : p.questionOrder)
            for (const auto &q : quiz.questions)
                if (q.id == id) {
                    packformat::Question copy = q;
                    const QStringList order = p.optionOrder.value(id);
                    auto byOrder = [&](auto &list) {
                        std::stable_sort(list.begin(), list.end(),
                                         [&](const auto &a, const auto &b) {
                                             return order.indexOf(a.id) < order.indexOf(b.id);
                                         });
                    };
                    byOrder(copy.options);
                    if (!m_answers) // with the key shown, ordering items stay in the right order
                        byOrder(copy.orderItems);
                    ordered.append(copy);
                }
        questions = ordered;
    }
    for (qsizetype i = 0; i < questions.size(); ++i) {
        const packformat::Question &q = questions[i];
        html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                    .arg(tr("Question %1 (%2)").arg(i + 1).arg(q.id).toHtmlEscaped(),
                         inlineMarkdown(q.prompt));
        QStringList lines;
        auto feedback = [&](const QString &f) {
            return m_answers && !f.isEmpty() ? QStringLiteral(" — <i>%1</i>").arg(f.toHtmlEscaped())
                                             : QString();
        };
        switch (q.type) {
        case packformat::QuestionType::SingleChoice:
        case packformat::QuestionType::MultipleChoice:
            for (const auto &o : q.options)
                lines << inlineMarkdown(o.text) +
                             (m_answers && o.correct ? QStringLiteral(" <b>✔ %1</b>").arg(yes)
                                                     : QString()) +
                             feedback(o.feedback);
            break;
        case packformat::QuestionType::TrueFalse:
            if (m_answers)
                lines << tr("Answer: %1").arg(q.answer ? tr("true") : tr("false")).toHtmlEscaped()
                      << tr("If true: %1").arg(q.feedbackTrue).toHtmlEscaped()
                      << tr("If false: %1").arg(q.feedbackFalse).toHtmlEscaped();
            break;
        case packformat::QuestionType::Numeric:
            if (m_answers)
                lines << tr("Answer: %1 ± %2 %3")
                             .arg(number(q.numericAnswer), number(q.tolerance), q.unit)
                             .toHtmlEscaped();
            break;
        case packformat::QuestionType::ShortText:
            if (m_answers)
                lines
                    << tr("Accepted: %1").arg(q.accept.join(QStringLiteral(" | "))).toHtmlEscaped();
            break;
        case packformat::QuestionType::Ordering:
            for (const auto &o : q.orderItems)
                lines << inlineMarkdown(o.text);
            if (!m_answers && !m_seed)
                std::sort(lines.begin(), lines.end()); // the file's order is the answer
            break;
        case packformat::QuestionType::Matching:
            for (const auto &p : q.pairs)
                lines << (m_answers ? QStringLiteral("%1 → %2") : QStringLiteral("%1 · %2"))
                             .arg(inlineMarkdown(p.left), inlineMarkdown(p.right));
            break;
        }
        if (!lines.isEmpty())
            html += QStringLiteral("<ul><li>") + lines.join(QStringLiteral("</li><li>")) +
                    QStringLiteral("</li></ul>");
        if (m_answers) {
            if (!q.explanation.isEmpty())
                html += QStringLiteral("<p><b>%1</b> %2</p>")
                            .arg(tr("Explanation:").toHtmlEscaped(), inlineMarkdown(q.explanation));
            if (!q.feedbackCorrect.isEmpty() || !q.feedbackIncorrect.isEmpty())
                html += QStringLiteral("<p>%1</p>")
                            .arg(tr("Feedback if right: %1; if wrong: %2")
                                     .arg(q.feedbackCorrect, q.feedbackIncorrect)
                                     .toHtmlEscaped());
        }
    }
    return html;
}

void ItemPreview::scrollToSourceLine(int line)
{
    if (m_sourceLines <= 1 || line <= 1) {
        verticalScrollBar()->setValue(0);
        return;
    }
    // Rendered text has no line map back to the source; proportional is close enough to
    // bring the fault on screen.
    QScrollBar *bar = verticalScrollBar();
    bar->setValue(bar->minimum() +
                  int(qint64(bar->maximum() - bar->minimum()) * (line - 1) / m_sourceLines));
}

} // namespace oht::reviewui
