#include "diffcommand.h"

#include "console.h"
#include "oht/packio/packdiff.h"
#include "oht/packio/worddiff.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>

namespace oht::cli {

namespace {

/// Lines of a lesson's text diff shown before "… N more lines" (--json has them all).
constexpr int kMaxDiffLines = 80;

QString quoted(const QString &s)
{
    return QLatin1Char('"') + s + QLatin1Char('"');
}

QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QChar mark(packio::ChangeKind kind)
{
    return kind == packio::ChangeKind::Added     ? QLatin1Char('+')
           : kind == packio::ChangeKind::Removed ? QLatin1Char('-')
                                                 : QLatin1Char('~');
}

} // namespace

QString DiffCommand::summary() const
{
    return tr("Show what changed between two versions of a pack");
}

QString DiffCommand::description() const
{
    return tr("Compares OLD and NEW (each a pack source folder or a .ohtpack file) by\n"
              "stable ids: pack.json fields (version, title, review date...), modules,\n"
              "lessons and quizzes added, removed, moved or renamed, each changed\n"
              "lesson's text (word diff), questions added, removed or changed (the\n"
              "fields that changed, a word diff of each changed text; a changed answer\n"
              "key is called out, because it changes how learners' earlier answers\n"
              "were marked) and media files.\n"
              "Lines: '+' added, '-' removed, '~' changed. In word diffs, [-words-]\n"
              "were removed and {+words+} added (as git diff --word-diff). Exits with 0\n"
              "whether or not anything changed.");
}

void DiffCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(QCommandLineOption(QStringLiteral("json"), tr("Print the result as JSON.")));
    parser.addPositionalArgument(QStringLiteral("OLD"), tr("The earlier version."));
    parser.addPositionalArgument(QStringLiteral("NEW"), tr("The later version."));
}

int DiffCommand::run(const QCommandLineParser &parser, const QString &, Console &console) const
{
    const QString oldPath = parser.positionalArguments().at(0);
    const QString newPath = parser.positionalArguments().at(1);
    packio::PackSnapshot snapshots[2];
    const QString paths[2] = {oldPath, newPath};
    for (int i = 0; i < 2; ++i) {
        if (!QFileInfo::exists(paths[i])) {
            console.error(tr("cannot compare %1: no such file or folder").arg(paths[i]));
            return exitCodeFor(ErrorKind::Io);
        }
        auto snapshot = packio::PackSnapshot::fromPath(paths[i]);
        if (!snapshot) {
            console.error(tr("cannot compare %1: %2").arg(paths[i], snapshot.error().message));
            return exitCodeFor(snapshot.error().kind);
        }
        snapshots[i] = std::move(*snapshot);
    }
    const packio::PackDiffResult diff = packio::PackDiff::compare(snapshots[0], snapshots[1]);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject o = diff.toJson();
        o.insert(QStringLiteral("old"), oldPath);
        o.insert(QStringLiteral("new"), newPath);
        console.outJson(QJsonDocument(o));
        return 0;
    }

    console.outLine(tr("Comparing %1 (%2) with %3 (%4)")
                        .arg(oldPath, snapshots[0].manifest.version.toString(), newPath,
                             snapshots[1].manifest.version.toString()));
    if (diff.isEmpty()) {
        console.outLine(tr("No differences."));
        return 0;
    }
    if (const int keys = diff.answerKeyChanges(); keys > 0) {
        console.outLine();
        console.outLine(tr("!! %n answer key(s) changed: learners' earlier results were marked "
                           "with the old answers.",
                           nullptr, keys));
    }
    if (!diff.manifest.isEmpty()) {
        console.outLine();
        console.outLine(tr("Manifest (pack.json)"));
        for (const auto &c : diff.manifest)
            console.outLine(QStringLiteral("  ~ %1: %2 -> %3")
                                .arg(c.field, c.before.isEmpty() ? tr("(none)") : quoted(c.before),
                                     c.after.isEmpty() ? tr("(none)") : quoted(c.after)));
    }
    if (!diff.modules.isEmpty()) {
        console.outLine();
        console.outLine(tr("Modules"));
        for (const auto &m : diff.modules)
            console.outLine(
                m.kind == packio::ChangeKind::Changed
                    ? tr("  ~ %1: renamed %2 -> %3")
                          .arg(m.id, quoted(m.oldTitle), quoted(m.newTitle))
                    : QStringLiteral("  %1 %2 %3")
                          .arg(mark(m.kind))
                          .arg(m.id, quoted(m.kind == packio::ChangeKind::Added ? m.newTitle
                                                                                : m.oldTitle)));
    }
    if (!diff.items.isEmpty()) {
        console.outLine();
        console.outLine(tr("Lessons and quizzes"));
        for (const auto &i : diff.items) {
            const QString kind = i.isQuiz ? tr("quiz") : tr("lesson");
            const bool removed = i.kind == packio::ChangeKind::Removed;
            QString line = QStringLiteral("  %1 %2 %3 %4")
                               .arg(mark(i.kind))
                               .arg(kind, i.id, quoted(removed ? i.oldTitle : i.newTitle));
            QStringList what;
            if (i.kind == packio::ChangeKind::Added)
                what << tr("added to module %1").arg(i.newModule);
            if (removed)
                what << tr("removed from module %1").arg(i.oldModule);
            if (i.renamed)
                what << tr("renamed from %1").arg(quoted(i.oldTitle));
            if (i.moved)
                what << (i.oldModule != i.newModule
                             ? tr("moved from module %1 to %2").arg(i.oldModule, i.newModule)
                             : tr("moved within module %1").arg(i.newModule));
            if (i.kind == packio::ChangeKind::Changed && i.oldFile != i.newFile)
                what << tr("file %1 -> %2").arg(i.oldFile, i.newFile);
            if (i.textChanged)
                what << tr("text changed (+%1 -%2 lines)")
                            .arg(packio::TextDiff::count(i.lines, packio::DiffLine::Kind::Added))
                            .arg(packio::TextDiff::count(i.lines, packio::DiffLine::Kind::Removed));
            for (const auto &s : i.settings)
                what << tr("%1 %2 -> %3").arg(s.field, s.before, s.after);
            if (!what.isEmpty())
                line += QStringLiteral(": ") + what.join(QStringLiteral("; "));
            console.outLine(line);
            // Word level: "[-old-]{+new+}" inside each changed block (--json also has the
            // unified line diff).
            const QStringList hunks = packio::WordDiff::hunks(i.lines);
            for (qsizetype k = 0; k < hunks.size() && k < kMaxDiffLines; ++k)
                console.outLine(QStringLiteral("      ") + hunks[k]);
            if (hunks.size() > kMaxDiffLines)
                console.outLine(QStringLiteral("      ") +
                                tr("… %1 more diff lines (--json has them all)")
                                    .arg(hunks.size() - kMaxDiffLines));
        }
    }
    if (!diff.questions.isEmpty()) {
        console.outLine();
        console.outLine(tr("Questions"));
        for (const auto &q : diff.questions) {
            const bool removed = q.kind == packio::ChangeKind::Removed;
            QString line =
                QStringLiteral("  %1 %2/%3 %4")
                    .arg(mark(q.kind))
                    .arg(q.quizId, q.questionId, quoted(removed ? q.oldPrompt : q.newPrompt));
            if (q.kind == packio::ChangeKind::Changed)
                line += QStringLiteral(": ") +
                        tr("%1 changed").arg(q.changedFields.join(QStringLiteral(", ")));
            console.outLine(line);
            for (const auto &t : q.textChanges)
                console.outLine(QStringLiteral("      %1: %2")
                                    .arg(t.field, packio::WordDiff::markup(t.before, t.after)));
            if (q.answerKeyChanged)
                console.outLine(
                    QStringLiteral("      ") +
                    tr("!! ANSWER KEY CHANGED: %1 -> %2").arg(q.oldAnswerKey, q.newAnswerKey));
        }
    }
    if (!diff.media.isEmpty()) {
        console.outLine();
        console.outLine(tr("Media and other files"));
        for (const auto &m : diff.media)
            console.outLine(
                QStringLiteral("  %1 %2 (%3)")
                    .arg(mark(m.kind))
                    .arg(m.path, m.kind == packio::ChangeKind::Changed
                                     ? tr("%1 -> %2").arg(sizeText(m.oldSize), sizeText(m.newSize))
                                     : sizeText(m.kind == packio::ChangeKind::Added ? m.newSize
                                                                                    : m.oldSize)));
    }
    return 0;
}

} // namespace oht::cli
