#pragma once

#include "oht/packio/packcomparison.h"
#include "oht/packio/textdiff.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace oht::packio {

/// One value that differs between two versions ("version": "1.0.0" -> "1.1.0").
struct FieldChange
{
    QString field;
    QString before; ///< empty when the field was added
    QString after;  ///< empty when the field was removed
};

enum class ChangeKind { Added, Removed, Changed };

struct ModuleDiff
{
    QString id;
    ChangeKind kind = ChangeKind::Changed;
    QString oldTitle, newTitle;
};

/// An outline item (lesson or quiz) that was added, removed, or differs in any way.
struct ItemDiff
{
    QString id;
    bool isQuiz = false;
    ChangeKind kind = ChangeKind::Changed;
    QString oldTitle, newTitle;
    QString oldModule, newModule; ///< module ids
    QString oldFile, newFile;
    /// In another module, or in another order relative to the items both versions have
    /// (an item merely shifted by an insertion before it has not moved).
    bool moved = false;
    bool renamed = false; ///< title changed
    // Lessons:
    bool textChanged = false;
    QList<DiffLine> lines; ///< the lesson text's line diff, when textChanged
    // Quizzes:
    QList<FieldChange> settings; ///< passMark, mode, shuffle...
};

struct QuestionDiff
{
    QString quizId;
    QString questionId;
    ChangeKind kind = ChangeKind::Changed;
    QString oldPrompt, newPrompt;
    QStringList changedFields; ///< top-level fields of the question that differ
    /// The right answer changed: learners' earlier results were scored by the old key.
    bool answerKeyChanged = false;
    QString oldAnswerKey, newAnswerKey; ///< readable: "a (HL7 FHIR)", "true", "42 ± 0.5 mg"
    /// Each text of a changed question that differs, by path ("prompt", "options.b.text",
    /// "pairs.2.right"; array elements by their id, else their index), for word diffs.
    QList<FieldChange> textChanges;
};

struct MediaDiff
{
    QString path;
    ChangeKind kind = ChangeKind::Changed;
    qint64 oldSize = -1, newSize = -1;
};

struct PackDiffResult
{
    QList<FieldChange>
        manifest; ///< id, version, title, description, language, licence, dates, authors, tags
    QList<ModuleDiff> modules;
    QList<ItemDiff> items;         ///< new outline order, then removed items in old order
    QList<QuestionDiff> questions; ///< by quiz, new question order, then removed ones
    QList<MediaDiff> media;        ///< files that are neither pack.json nor outline items

    bool isEmpty() const;
    int answerKeyChanges() const;
    QJsonObject toJson() const;
};

/// What changed between two versions of a pack, by stable ids, for reviewers
/// (`ohtpack diff`): more detail than PackComparison's update summary (text diffs,
/// moves, question fields and answer keys, media).
class PackDiff
{
public:
    static PackDiffResult compare(const PackSnapshot &before, const PackSnapshot &after);

    /// The answer key of a question object from a quiz file, readable and comparable.
    static QString answerKey(const QJsonObject &question);
};

} // namespace oht::packio
