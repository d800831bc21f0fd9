#pragma once

#include "oht/archive/limits.h"
#include "oht/core/result.h"
#include "oht/packformat/manifest.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace oht::packio {

/// The parts of one pack version a comparison needs: the manifest (outline and file
/// hashes) and the quiz files by item id.
struct PackSnapshot
{
    packformat::Manifest manifest;      ///< `files` holds every file's hash, for folders too
    QHash<QString, QByteArray> quizzes; ///< item id -> quiz JSON
    QHash<QString, QByteArray> lessons; ///< item id -> lesson source

    /// Reads a built pack with the safe reader: pack.json, the lessons and the quizzes.
    static Result<PackSnapshot> fromArchive(const QString &path, archive::Limits limits = {});
    /// Reads a source folder (what `ohtpack build` would pack), hashing every file.
    static Result<PackSnapshot> fromFolder(const QString &path);
    /// A folder or a built pack.
    static Result<PackSnapshot> fromPath(const QString &path);
};

/// An outline item (lesson or quiz) that was added, changed or removed.
struct ItemChange
{
    QString id;
    QString title; ///< the new title (the old one for a removed item)
};

/// A question that was added, changed or removed, keyed by (quiz item id, question id).
struct QuestionChange
{
    QString quizId;
    QString questionId;
    QString prompt; ///< the new prompt (the old one for a removed question)
};

struct PackChanges
{
    QList<ItemChange> addedLessons, changedLessons, removedLessons;
    QList<ItemChange> addedQuizzes, changedQuizzes, removedQuizzes;
    QList<QuestionChange> addedQuestions, changedQuestions, removedQuestions;

    bool isEmpty() const;
};

/// Compares two versions of a pack by stable ids (docs/pack-format.md: ids are stable).
/// A lesson changed when its title, file or the file's SHA-256 changed; a quiz changed
/// when its title or any question changed; a question changed when anything in its JSON
/// object changed (key order and white space ignored). Lists follow the outline order of
/// the version that has the item (the old one for removals). No text diff: that is for
/// `ohtpack diff`.
class PackComparison
{
public:
    static PackChanges compare(const PackSnapshot &from, const PackSnapshot &to);
};

} // namespace oht::packio
