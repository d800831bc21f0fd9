#include "oht/reviewui/diffview.h"

#include "oht/packio/worddiff.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QScrollBar>

namespace oht::reviewui {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

/// Word markup as HTML: removals struck through in red, additions underlined in green
/// (and the [- -] / {+ +} marks kept, so the change is not told by colour alone).
QString wordHtml(const QList<packio::WordChange> &changes)
{
    QString out;
    for (const packio::WordChange &c : changes) {
        switch (c.kind) {
        case packio::WordChange::Kind::Same:
            out += esc(c.text);
            break;
        case packio::WordChange::Kind::Removed:
            out += QStringLiteral("<s style=\"color:#a00000\">[-%1-]</s>").arg(esc(c.text));
            break;
        case packio::WordChange::Kind::Added:
            out += QStringLiteral("<u style=\"color:#006000\">{+%1+}</u>").arg(esc(c.text));
            break;
        }
    }
    return out.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

/// Each block of changed lines of a lesson, word by word, under its first line number.
QString lessonHtml(const QList<packio::DiffLine> &lines)
{
    QString out;
    qsizetype i = 0;
    while (i < lines.size()) {
        if (lines[i].kind == packio::DiffLine::Kind::Same) {
            ++i;
            continue;
        }
        QStringList removed, added;
        int line = 0;
        for (; i < lines.size() && lines[i].kind != packio::DiffLine::Kind::Same; ++i) {
            const bool gone = lines[i].kind == packio::DiffLine::Kind::Removed;
            (gone ? removed : added) << lines[i].text;
            if (!gone && !line)
                line = lines[i].newLine;
        }
        out += QStringLiteral("<br><i>%1</i><br>%2<br>")
                   .arg(line ? DiffView::tr("Line %1:").arg(line) : DiffView::tr("Removed lines:"),
                        wordHtml(packio::WordDiff::diff(removed.join(QLatin1Char('\n')),
                                                        added.join(QLatin1Char('\n')))));
    }
    return out;
}

QString kindText(packio::ChangeKind kind)
{
    switch (kind) {
    case packio::ChangeKind::Added:
        return DiffView::tr("added");
    case packio::ChangeKind::Removed:
        return DiffView::tr("removed");
    case packio::ChangeKind::Changed:
        break;
    }
    return DiffView::tr("changed");
}

} // namespace

DiffView::DiffView(const QString &sourceDir, QWidget *parent)
    : QTextBrowser(parent), m_dir(sourceDir), m_action(new QAction(tr("&Compare with…"), this))
{
    setOpenLinks(false);
    setAccessibleName(tr("Changes between versions"));
    m_action->setObjectName(QStringLiteral("compareAction"));
    m_action->setShortcut(QKeySequence(tr("Ctrl+D")));
    m_action->setStatusTip(tr("Show what changed since another version of this pack (a folder "
                              "or a .ohtpack file)."));
    m_chooser = [this] {
        return QFileDialog::getOpenFileName(this, tr("Compare with an earlier version"), {},
                                            tr("Course packs (*.ohtpack pack.json)"));
    };
    connect(m_action, &QAction::triggered, this, &DiffView::choose);
}

void DiffView::setChooser(std::function<QString()> chooser)
{
    m_chooser = std::move(chooser);
}

void DiffView::choose()
{
    QString path = m_chooser ? m_chooser() : QString();
    if (path.isEmpty())
        return; // cancelled
    // A folder is chosen by its pack.json in the file dialog.
    if (QFileInfo(path).fileName() == QLatin1String("pack.json"))
        path = QFileInfo(path).absolutePath();
    if (auto ok = compareWith(path); !ok)
        emit failed(ok.error().message);
}

Result<void> DiffView::compareWith(const QString &otherVersion)
{
    auto before = packio::PackSnapshot::fromPath(otherVersion);
    if (!before)
        return Error::invalid(before.error().code, tr("Cannot compare with %1: %2")
                                                       .arg(QDir::toNativeSeparators(otherVersion),
                                                            before.error().message));
    auto after = packio::PackSnapshot::fromPath(m_dir);
    if (!after)
        return Error::invalid(
            after.error().code,
            tr("Cannot read the folder under review: %1").arg(after.error().message));
    m_other = otherVersion;
    m_result = packio::PackDiff::compare(*before, *after);
    const int scroll = verticalScrollBar()->value();
    setHtml(html(m_result,
                 QStringLiteral("%1 (%2)").arg(QDir::toNativeSeparators(otherVersion),
                                               before->manifest.version.toString()),
                 QStringLiteral("%1 (%2)").arg(QDir::toNativeSeparators(m_dir),
                                               after->manifest.version.toString())));
    verticalScrollBar()->setValue(scroll);
    emit compared();
    return {};
}

void DiffView::refresh()
{
    if (!m_other.isEmpty())
        (void)compareWith(m_other); // a half-saved file: the next save compares again
}

QString DiffView::html(const packio::PackDiffResult &diff, const QString &oldName,
                       const QString &newName)
{
    QString h =
        QStringLiteral("<p>%1</p>").arg(esc(tr("Changes from %1 to %2").arg(oldName, newName)));
    if (diff.isEmpty())
        return h + QStringLiteral("<p><b>%1</b></p>").arg(esc(tr("No differences.")));
    if (const int keys = diff.answerKeyChanges(); keys > 0)
        h += QStringLiteral(
                 "<p style=\"background:#ffd7d7;color:#7a0000;padding:4px\"><b>%1</b></p>")
                 .arg(esc(tr("⚠ %n answer key(s) changed: learners' earlier results were marked "
                             "with the old answers.",
                             nullptr, keys)));
    if (!diff.manifest.isEmpty()) {
        h += QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Manifest (pack.json)")));
        for (const auto &c : diff.manifest)
            h += QStringLiteral("<li>%1: %2</li>")
                     .arg(esc(c.field), wordHtml(packio::WordDiff::diff(c.before, c.after)));
        h += QStringLiteral("</ul>");
    }
    if (!diff.modules.isEmpty()) {
        h += QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Modules")));
        for (const auto &m : diff.modules)
            h += QStringLiteral("<li>%1 — %2 %3</li>")
                     .arg(esc(m.id), kindText(m.kind),
                          m.kind == packio::ChangeKind::Changed
                              ? wordHtml(packio::WordDiff::diff(m.oldTitle, m.newTitle))
                              : esc(m.kind == packio::ChangeKind::Added ? m.newTitle : m.oldTitle));
        h += QStringLiteral("</ul>");
    }
    if (!diff.items.isEmpty()) {
        h += QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Lessons and quizzes")));
        for (const auto &i : diff.items) {
            QStringList what{kindText(i.kind)};
            if (i.renamed)
                what << tr("renamed: %1")
                            .arg(wordHtml(packio::WordDiff::diff(i.oldTitle, i.newTitle)));
            if (i.moved)
                what << esc(i.oldModule != i.newModule
                                ? tr("moved from module %1 to %2").arg(i.oldModule, i.newModule)
                                : tr("moved within module %1").arg(i.newModule));
            h += QStringLiteral("<li><b>%1</b> %2 — %3")
                     .arg(esc(i.id),
                          esc(i.kind == packio::ChangeKind::Removed ? i.oldTitle : i.newTitle),
                          what.join(QStringLiteral("; ")));
            if (i.textChanged)
                h += QStringLiteral("<div style=\"font-family:monospace\">%1</div>")
                         .arg(lessonHtml(i.lines));
            h += QStringLiteral("</li>");
        }
        h += QStringLiteral("</ul>");
    }
    if (!diff.questions.isEmpty()) {
        h += QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Questions")));
        for (const auto &q : diff.questions) {
            h += QStringLiteral("<li><b>%1/%2</b> — %3: %4")
                     .arg(esc(q.quizId), esc(q.questionId), kindText(q.kind),
                          esc(q.kind == packio::ChangeKind::Removed ? q.oldPrompt : q.newPrompt));
            if (q.answerKeyChanged)
                h += QStringLiteral("<br><b style=\"color:#a00000\">%1</b>")
                         .arg(esc(tr("⚠ ANSWER KEY CHANGED: %1 → %2")
                                      .arg(q.oldAnswerKey, q.newAnswerKey)));
            for (const auto &t : q.textChanges)
                h += QStringLiteral("<br>%1: %2")
                         .arg(esc(t.field), wordHtml(packio::WordDiff::diff(t.before, t.after)));
            h += QStringLiteral("</li>");
        }
        h += QStringLiteral("</ul>");
    }
    if (!diff.media.isEmpty()) {
        h += QStringLiteral("<h3>%1</h3><ul>").arg(esc(tr("Media and other files")));
        for (const auto &m : diff.media)
            h += QStringLiteral("<li>%1 — %2</li>").arg(esc(m.path), kindText(m.kind));
        h += QStringLiteral("</ul>");
    }
    return h;
}

} // namespace oht::reviewui
