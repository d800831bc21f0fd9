#pragma once

#include "oht/core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace oht::packio {

enum class NoteCategory { Typo, ClinicalAccuracy, Bias, Accessibility, Translation };

/// One reviewer's note on a lesson or quiz, or on one question of a quiz.
struct ReviewNote
{
    QString id;         ///< "n1", "n2"... unique in the file, assigned by addNote()
    QString itemId;     ///< the outline item (lesson or quiz)
    QString questionId; ///< empty unless the note is about one question
    NoteCategory category = NoteCategory::Typo;
    QString text;
    QString author;
    QDate date;
    bool resolved = false;
};

/// An item's review status: reviewed items count towards "% of items reviewed".
struct ItemReview
{
    bool reviewed = false;
    QString by;
    QDate on;
};

/// The review notes kept beside a pack's source (docs/review-notes.md): a plain JSON file,
/// `review-notes.json` at the root of the source folder, that `ohtpack build` leaves out.
/// Written with 2-space indentation, fields in a fixed order, items sorted by id and notes
/// in the order they were added, so that git diffs stay small and readable.
class ReviewNotes
{
    Q_DECLARE_TR_FUNCTIONS(oht::packio::ReviewNotes)

public:
    static constexpr int kFormatVersion = 1;
    static QString fileName() { return QStringLiteral("review-notes.json"); }
    /// `packDir`/review-notes.json
    static QString pathFor(const QString &packDir);

    /// Reads a notes file; a file that does not exist gives empty notes (not an error).
    static Result<ReviewNotes> load(const QString &path);
    /// Parses the JSON text; `fileName` names the file in error messages.
    static Result<ReviewNotes> fromJson(const QByteArray &json, const QString &fileName);
    /// Writes atomically (QSaveFile): an interrupted save leaves the old file intact.
    Result<void> save(const QString &path) const;
    QByteArray toJson() const;

    const QList<ReviewNote> &notes() const { return m_notes; }
    /// Adds a note, giving it the next free id; returns the id.
    QString addNote(ReviewNote note);
    /// Replaces the note with the same id; false when there is none.
    bool updateNote(const ReviewNote &note);
    bool removeNote(const QString &noteId);
    QList<ReviewNote> notesFor(const QString &itemId) const;

    ItemReview review(const QString &itemId) const { return m_reviews.value(itemId); }
    void setReviewed(const QString &itemId, bool reviewed, const QString &by = {}, QDate on = {});
    /// Items with a review status, by id.
    const QMap<QString, ItemReview> &reviews() const { return m_reviews; }

    static QString categoryName(NoteCategory category); ///< "clinical-accuracy"
    static bool categoryFromName(const QString &name, NoteCategory *category);
    /// Translated, for people: "Clinical accuracy".
    static QString categoryLabel(NoteCategory category);

private:
    QList<ReviewNote> m_notes;
    QMap<QString, ItemReview> m_reviews;
    int m_nextId = 1;
};

} // namespace oht::packio
