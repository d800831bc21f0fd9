#include "oht/packio/reviewnotes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace oht::packio {

namespace {

/// A JSON string literal (QJsonDocument's escaping, without its 4-space layout).
QByteArray quote(const QString &s)
{
    const QByteArray array = QJsonDocument(QJsonArray{s}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

Error invalid(const QString &fileName, const QString &what)
{
    return Error::invalid(
        QStringLiteral("review-notes.invalid"),
        ReviewNotes::tr("%1 is not a valid review notes file: %2").arg(fileName, what));
}

} // namespace

QString ReviewNotes::pathFor(const QString &packDir)
{
    return QDir(packDir).filePath(fileName());
}

QString ReviewNotes::categoryName(NoteCategory c)
{
    switch (c) {
    case NoteCategory::Typo:
        return QStringLiteral("typo");
    case NoteCategory::ClinicalAccuracy:
        return QStringLiteral("clinical-accuracy");
    case NoteCategory::Bias:
        return QStringLiteral("bias");
    case NoteCategory::Accessibility:
        return QStringLiteral("accessibility");
    case NoteCategory::Translation:
        break;
    }
    return QStringLiteral("translation");
}

bool ReviewNotes::categoryFromName(const QString &name, NoteCategory *category)
{
    for (NoteCategory c : {NoteCategory::Typo, NoteCategory::ClinicalAccuracy, NoteCategory::Bias,
                           NoteCategory::Accessibility, NoteCategory::Translation})
        if (categoryName(c) == name) {
            *category = c;
            return true;
        }
    return false;
}

QString ReviewNotes::categoryLabel(NoteCategory c)
{
    switch (c) {
    case NoteCategory::Typo:
        return tr("Typo");
    case NoteCategory::ClinicalAccuracy:
        return tr("Clinical accuracy");
    case NoteCategory::Bias:
        return tr("Bias");
    case NoteCategory::Accessibility:
        return tr("Accessibility");
    case NoteCategory::Translation:
        break;
    }
    return tr("Translation");
}

QString ReviewNotes::addNote(ReviewNote note)
{
    note.id = QStringLiteral("n%1").arg(m_nextId++);
    m_notes.append(note);
    return note.id;
}

bool ReviewNotes::updateNote(const ReviewNote &note)
{
    for (ReviewNote &n : m_notes)
        if (n.id == note.id) {
            n = note;
            return true;
        }
    return false;
}

bool ReviewNotes::removeNote(const QString &noteId)
{
    return m_notes.removeIf([&](const ReviewNote &n) { return n.id == noteId; }) > 0;
}

QList<ReviewNote> ReviewNotes::notesFor(const QString &itemId) const
{
    QList<ReviewNote> out;
    for (const ReviewNote &n : m_notes)
        if (n.itemId == itemId)
            out.append(n);
    return out;
}

void ReviewNotes::setReviewed(const QString &itemId, bool reviewed, const QString &by, QDate on)
{
    if (!reviewed) {
        m_reviews.remove(itemId);
        return;
    }
    m_reviews.insert(itemId, {true, by, on});
}

Result<ReviewNotes> ReviewNotes::load(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return ReviewNotes();
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(QStringLiteral("review-notes.read-failed"),
                         tr("Cannot read %1: %2").arg(path, file.errorString()));
    return fromJson(file.readAll(), path);
}

Result<ReviewNotes> ReviewNotes::fromJson(const QByteArray &json, const QString &fileName)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return invalid(fileName, error.errorString());
    if (!doc.isObject())
        return invalid(fileName, tr("the top level must be an object"));
    const QJsonObject root = doc.object();
    const int version = root.value(QStringLiteral("formatVersion")).toInt(kFormatVersion);
    if (version > kFormatVersion)
        return invalid(fileName,
                       tr("it was written by a newer version of the app (format %1)").arg(version));
    ReviewNotes notes;
    const QJsonObject items = root.value(QStringLiteral("items")).toObject();
    for (auto it = items.begin(); it != items.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        if (o.value(QStringLiteral("reviewed")).toBool())
            notes.m_reviews.insert(
                it.key(),
                {true, o.value(QStringLiteral("reviewedBy")).toString(),
                 QDate::fromString(o.value(QStringLiteral("reviewedOn")).toString(), Qt::ISODate)});
    }
    const QJsonArray list = root.value(QStringLiteral("notes")).toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        ReviewNote n;
        n.id = o.value(QStringLiteral("id")).toString();
        n.itemId = o.value(QStringLiteral("item")).toString();
        n.questionId = o.value(QStringLiteral("question")).toString();
        const QString category = o.value(QStringLiteral("category")).toString();
        if (n.itemId.isEmpty())
            return invalid(fileName, tr("a note has no \"item\""));
        if (!categoryFromName(category, &n.category))
            return invalid(fileName,
                           tr("note \"%1\" has the category \"%2\"; use typo, clinical-accuracy, "
                              "bias, accessibility or translation")
                               .arg(n.id, category));
        n.text = o.value(QStringLiteral("text")).toString();
        n.author = o.value(QStringLiteral("author")).toString();
        n.date = QDate::fromString(o.value(QStringLiteral("date")).toString(), Qt::ISODate);
        n.resolved = o.value(QStringLiteral("resolved")).toBool();
        bool numbered = false;
        const int number = n.id.mid(1).toInt(&numbered);
        if (n.id.startsWith(QLatin1Char('n')) && numbered)
            notes.m_nextId = qMax(notes.m_nextId, number + 1);
        notes.m_notes.append(n);
    }
    // Notes written by hand may lack ids: give them fresh ones after the highest.
    for (ReviewNote &n : notes.m_notes)
        if (n.id.isEmpty())
            n.id = QStringLiteral("n%1").arg(notes.m_nextId++);
    return notes;
}

QByteArray ReviewNotes::toJson() const
{
    // Written by hand for a fixed field order and 2-space indentation (QJsonDocument
    // sorts keys and indents by 4).
    QByteArray out = "{\n  \"formatVersion\": " + QByteArray::number(kFormatVersion) + ",\n";
    out += "  \"items\": {";
    bool first = true;
    for (auto it = m_reviews.cbegin(); it != m_reviews.cend(); ++it) {
        out += first ? "\n" : ",\n";
        first = false;
        out += "    " + quote(it.key()) + ": { \"reviewed\": true";
        if (!it->by.isEmpty())
            out += ", \"reviewedBy\": " + quote(it->by);
        if (it->on.isValid())
            out += ", \"reviewedOn\": " + quote(it->on.toString(Qt::ISODate));
        out += " }";
    }
    out += first ? "},\n" : "\n  },\n";
    out += "  \"notes\": [";
    first = true;
    for (const ReviewNote &n : m_notes) {
        out += first ? "\n" : ",\n";
        first = false;
        out += "    {\n      \"id\": " + quote(n.id) + ",\n      \"item\": " + quote(n.itemId);
        if (!n.questionId.isEmpty())
            out += ",\n      \"question\": " + quote(n.questionId);
        out += ",\n      \"category\": " + quote(categoryName(n.category));
        out += ",\n      \"text\": " + quote(n.text);
        out += ",\n      \"author\": " + quote(n.author);
        out += ",\n      \"date\": " + quote(n.date.toString(Qt::ISODate));
        out += ",\n      \"resolved\": ";
        out += n.resolved ? "true" : "false";
        out += "\n    }";
    }
    out += first ? "]\n}\n" : "\n  ]\n}\n";
    return out;
}

Result<void> ReviewNotes::save(const QString &path) const
{
    QSaveFile file(path);
    const QByteArray json = toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return Error::io(
            QStringLiteral("review-notes.write-failed"),
            tr("Cannot save the review notes to %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace oht::packio
