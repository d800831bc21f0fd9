#include "oht/packio/packcomparison.h"

#include "oht/archive/zipreader.h"
#include "oht/core/sha256.h"
#include "oht/packformat/manifestparser.h"
#include "oht/packformat/packfiles.h"
#include "oht/packio/packcontentsink.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace oht::packio {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("oht::packio::PackComparison", text);
}

struct QuizContent
{
    QJsonObject settings;             ///< everything but the questions
    QList<QString> order;             ///< question ids in file order
    QHash<QString, QJsonObject> byId; ///< question id -> its object
};

QuizContent quizContent(const QByteArray &json)
{
    QuizContent quiz;
    quiz.settings = QJsonDocument::fromJson(json).object();
    const QJsonArray questions = quiz.settings.take(QStringLiteral("questions")).toArray();
    for (const auto &value : questions) {
        const QJsonObject question = value.toObject();
        const QString id = question.value(QStringLiteral("id")).toString();
        if (id.isEmpty() || quiz.byId.contains(id))
            continue; // an invalid quiz cannot be installed; compare what can be keyed
        quiz.order << id;
        quiz.byId.insert(id, question);
    }
    return quiz;
}

QString promptOf(const QJsonObject &question)
{
    return question.value(QStringLiteral("prompt")).toString();
}

QHash<QString, QByteArray> fileHashes(const packformat::Manifest &manifest)
{
    QHash<QString, QByteArray> hashes;
    for (const auto &file : manifest.files)
        hashes.insert(file.path, file.sha256Hex);
    return hashes;
}

/// Adds the question changes between two quizzes; returns true when any question changed.
bool compareQuestions(const QString &quizId, const QuizContent &from, const QuizContent &to,
                      PackChanges &changes)
{
    bool changed = false;
    for (const QString &id : to.order) {
        const auto old = from.byId.constFind(id);
        if (old == from.byId.cend()) {
            changes.addedQuestions.append({quizId, id, promptOf(to.byId.value(id))});
            changed = true;
        } else if (*old != to.byId.value(id)) {
            changes.changedQuestions.append({quizId, id, promptOf(to.byId.value(id))});
            changed = true;
        }
    }
    for (const QString &id : from.order) {
        if (!to.byId.contains(id)) {
            changes.removedQuestions.append({quizId, id, promptOf(from.byId.value(id))});
            changed = true;
        }
    }
    return changed;
}

} // namespace

bool PackChanges::isEmpty() const
{
    return addedLessons.isEmpty() && changedLessons.isEmpty() && removedLessons.isEmpty() &&
           addedQuizzes.isEmpty() && changedQuizzes.isEmpty() && removedQuizzes.isEmpty() &&
           addedQuestions.isEmpty() && changedQuestions.isEmpty() && removedQuestions.isEmpty();
}

Result<PackSnapshot> PackSnapshot::fromArchive(const QString &path, archive::Limits limits)
{
    archive::ZipReader reader(path, limits);
    PackContentSink content;
    if (auto r = reader.extract(content); !r)
        return r.error();
    const auto json = content.files().read(QStringLiteral("pack.json"));
    if (!json)
        return Error::invalid(
            QStringLiteral("archive.missing-manifest"),
            tr("%1 has no pack.json at its root.").arg(QFileInfo(path).fileName()));
    packformat::Findings findings;
    auto manifest = packformat::parseManifest(*json, QStringLiteral("pack.json"), findings);
    if (!manifest || packformat::hasErrors(findings))
        return Error::invalid(QStringLiteral("packio.invalid-manifest"),
                              tr("pack.json in %1 is not valid.").arg(QFileInfo(path).fileName()));
    PackSnapshot snapshot{*manifest, {}, {}};
    for (const auto &item : manifest->items())
        if (const auto text = content.files().read(item.file))
            (item.kind == packformat::ItemKind::Quiz ? snapshot.quizzes : snapshot.lessons)
                .insert(item.id, *text);
    return snapshot;
}

Result<PackSnapshot> PackSnapshot::fromFolder(const QString &path)
{
    const packformat::FolderPackFiles files(path);
    const auto json = files.read(QStringLiteral("pack.json"));
    if (!json)
        return Error::invalid(QStringLiteral("archive.missing-manifest"),
                              tr("%1 has no pack.json.").arg(path));
    packformat::Findings findings;
    auto manifest = packformat::parseManifest(*json, QStringLiteral("pack.json"), findings,
                                              packformat::ManifestKind::Source);
    if (!manifest || packformat::hasErrors(findings))
        return Error::invalid(QStringLiteral("packio.invalid-manifest"),
                              tr("pack.json in %1 is not valid.").arg(path));
    manifest->files.clear(); // a source folder's list is ignored (pack-format.md)
    for (const QString &file : files.paths()) {
        if (file == QLatin1String("pack.json"))
            continue;
        QFile f(files.absolutePath(file));
        if (!f.open(QIODevice::ReadOnly))
            return Error::io(QStringLiteral("packio.read-failed"),
                             tr("Cannot read %1: %2").arg(file, f.errorString()));
        Sha256 hash;
        hash.addData(&f);
        manifest->files.append({file, hash.result().toHex(), f.size()});
    }
    PackSnapshot snapshot{*manifest, {}, {}};
    for (const auto &item : manifest->items())
        if (const auto text = files.read(item.file))
            (item.kind == packformat::ItemKind::Quiz ? snapshot.quizzes : snapshot.lessons)
                .insert(item.id, *text);
    return snapshot;
}

Result<PackSnapshot> PackSnapshot::fromPath(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return fromFolder(path);
    if (!info.isFile())
        return Error::invalid(QStringLiteral("packio.not-found"),
                              tr("%1 is neither a pack file nor a folder.").arg(path));
    return fromArchive(path);
}

PackChanges PackComparison::compare(const PackSnapshot &from, const PackSnapshot &to)
{
    PackChanges changes;
    const QList<packformat::OutlineItem> oldItems = from.manifest.items();
    const QList<packformat::OutlineItem> newItems = to.manifest.items();
    QHash<QString, packformat::OutlineItem> oldById;
    for (const auto &item : oldItems)
        oldById.insert(item.id, item);
    const auto oldHashes = fileHashes(from.manifest);
    const auto newHashes = fileHashes(to.manifest);

    for (const auto &item : newItems) {
        const bool isQuiz = item.kind == packformat::ItemKind::Quiz;
        const auto old = oldById.constFind(item.id);
        // An id that changed kind is a different item: the old one went, a new one came.
        const bool existed = old != oldById.cend() && old->kind == item.kind;
        if (!existed) {
            (isQuiz ? changes.addedQuizzes : changes.addedLessons).append({item.id, item.title});
            if (isQuiz) {
                const QuizContent quiz = quizContent(to.quizzes.value(item.id));
                compareQuestions(item.id, QuizContent{}, quiz, changes);
            }
            continue;
        }
        bool changed = old->title != item.title || old->file != item.file;
        if (isQuiz) {
            const QuizContent before = quizContent(from.quizzes.value(item.id));
            const QuizContent after = quizContent(to.quizzes.value(item.id));
            changed = compareQuestions(item.id, before, after, changes) || changed ||
                      before.settings != after.settings;
        } else {
            changed = changed || oldHashes.value(old->file) != newHashes.value(item.file);
        }
        if (changed)
            (isQuiz ? changes.changedQuizzes : changes.changedLessons)
                .append({item.id, item.title});
    }
    for (const auto &item : oldItems) {
        const bool isQuiz = item.kind == packformat::ItemKind::Quiz;
        const auto kept = to.manifest.findItem(item.id);
        if (kept && kept->kind == item.kind)
            continue;
        (isQuiz ? changes.removedQuizzes : changes.removedLessons).append({item.id, item.title});
        if (isQuiz)
            compareQuestions(item.id, quizContent(from.quizzes.value(item.id)), QuizContent{},
                             changes);
    }
    return changes;
}

} // namespace oht::packio
