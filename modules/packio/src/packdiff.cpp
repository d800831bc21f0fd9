#include "oht/packio/packdiff.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMap>
#include <QSet>

namespace oht::packio {

namespace {

using packformat::ItemKind;
using packformat::Manifest;

QString authorsText(const QList<packformat::Author> &authors)
{
    QStringList list;
    for (const auto &a : authors)
        list << (a.role.isEmpty() ? a.name : QStringLiteral("%1 (%2)").arg(a.name, a.role));
    return list.join(QStringLiteral("; "));
}

QList<FieldChange> manifestChanges(const Manifest &a, const Manifest &b)
{
    QList<FieldChange> out;
    auto field = [&](const char *name, const QString &before, const QString &after) {
        if (before != after)
            out.append({QString::fromLatin1(name), before, after});
    };
    field("formatVersion", QString::number(a.formatVersion), QString::number(b.formatVersion));
    field("id", a.id, b.id);
    field("version", a.version.toString(), b.version.toString());
    field("title", a.title, b.title);
    field("description", a.description, b.description);
    field("language", a.language, b.language);
    field("authors", authorsText(a.authors), authorsText(b.authors));
    field("license", a.license, b.license);
    field("created", a.created.toString(Qt::ISODate), b.created.toString(Qt::ISODate));
    field("reviewBy", a.reviewBy.toString(Qt::ISODate), b.reviewBy.toString(Qt::ISODate));
    field("minAppVersion", a.minAppVersion.toString(), b.minAppVersion.toString());
    field("tags", a.tags.join(QStringLiteral(", ")), b.tags.join(QStringLiteral(", ")));
    return out;
}

struct Placed
{
    packformat::OutlineItem item;
    QString module;
};

QList<Placed> placedItems(const Manifest &m)
{
    QList<Placed> out;
    for (const auto &module : m.modules)
        for (const auto &item : module.items)
            out.append({item, module.id});
    return out;
}

QString compact(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isUndefined() || v.isNull())
        return {};
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QLocale::c().toString(v.toDouble(), 'g', 12);
    return QString::fromUtf8(v.isArray()
                                 ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

struct QuizJson
{
    QJsonObject settings;
    QStringList order;
    QHash<QString, QJsonObject> byId;
};

QuizJson quizJson(const QByteArray &json)
{
    QuizJson q;
    q.settings = QJsonDocument::fromJson(json).object();
    const QJsonArray list = q.settings.take(QStringLiteral("questions")).toArray();
    for (const auto &v : list) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QStringLiteral("id")).toString();
        if (!id.isEmpty() && !q.byId.contains(id)) {
            q.order << id;
            q.byId.insert(id, o);
        }
    }
    return q;
}

QList<FieldChange> objectChanges(const QJsonObject &a, const QJsonObject &b)
{
    QStringList keys = a.keys();
    for (const QString &k : b.keys())
        if (!keys.contains(k))
            keys << k;
    keys.sort();
    QList<FieldChange> out;
    for (const QString &k : std::as_const(keys))
        if (a.value(k) != b.value(k))
            out.append({k, compact(a.value(k)), compact(b.value(k))});
    return out;
}

// Every string of a question by path; array elements by their "id" when they have one,
// so a reordered option is not reported as rewritten.
void collectTexts(const QJsonValue &v, const QString &path, QMap<QString, QString> &out)
{
    const auto join = [&](const QString &key) {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    };
    if (v.isString()) {
        // Ids are the keys, not text a learner reads.
        if (path != QLatin1String("id") && !path.endsWith(QLatin1String(".id")))
            out.insert(path, v.toString());
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            collectTexts(it.value(), join(it.key()), out);
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QString id = a[i].toObject().value(QStringLiteral("id")).toString();
            collectTexts(a[i], join(id.isEmpty() ? QString::number(i) : id), out);
        }
    }
}

QList<FieldChange> textChanges(const QJsonObject &a, const QJsonObject &b)
{
    QMap<QString, QString> before, after;
    collectTexts(a, {}, before);
    collectTexts(b, {}, after);
    QStringList keys = before.keys();
    for (const QString &k : after.keys())
        if (!before.contains(k))
            keys << k;
    keys.sort();
    QList<FieldChange> out;
    for (const QString &k : std::as_const(keys))
        if (before.value(k) != after.value(k) || before.contains(k) != after.contains(k))
            out.append({k, before.value(k), after.value(k)});
    return out;
}

void compareQuiz(const QString &quizId, const QuizJson &a, const QuizJson &b,
                 QList<QuestionDiff> &out)
{
    auto prompt = [](const QJsonObject &q) { return q.value(QStringLiteral("prompt")).toString(); };
    for (const QString &id : b.order) {
        const QJsonObject now = b.byId.value(id);
        const auto old = a.byId.constFind(id);
        QuestionDiff d{quizId, id, ChangeKind::Added, {}, prompt(now), {}, false, {}, {}};
        if (old != a.byId.cend()) {
            if (*old == now)
                continue;
            d.kind = ChangeKind::Changed;
            d.oldPrompt = prompt(*old);
            for (const FieldChange &c : objectChanges(*old, now))
                d.changedFields << c.field;
            d.oldAnswerKey = PackDiff::answerKey(*old);
            d.textChanges = textChanges(*old, now);
        }
        d.newAnswerKey = PackDiff::answerKey(now);
        d.answerKeyChanged = d.kind == ChangeKind::Changed && d.oldAnswerKey != d.newAnswerKey;
        out.append(d);
    }
    for (const QString &id : a.order)
        if (!b.byId.contains(id)) {
            const QJsonObject old = a.byId.value(id);
            out.append({quizId,
                        id,
                        ChangeKind::Removed,
                        prompt(old),
                        {},
                        {},
                        false,
                        PackDiff::answerKey(old),
                        {}});
        }
}

} // namespace

bool PackDiffResult::isEmpty() const
{
    return manifest.isEmpty() && modules.isEmpty() && items.isEmpty() && questions.isEmpty() &&
           media.isEmpty();
}

int PackDiffResult::answerKeyChanges() const
{
    int n = 0;
    for (const auto &q : questions)
        n += q.answerKeyChanged;
    return n;
}

QString PackDiff::answerKey(const QJsonObject &q)
{
    const QString type = q.value(QStringLiteral("type")).toString();
    auto list = [&](const char *key) { return q.value(QLatin1String(key)).toArray(); };
    QStringList parts;
    if (type == QLatin1String("single") || type == QLatin1String("multiple")) {
        for (const auto &v : list("options")) {
            const QJsonObject o = v.toObject();
            if (o.value(QStringLiteral("correct")).toBool())
                parts << QStringLiteral("%1 (%2)").arg(o.value(QStringLiteral("id")).toString(),
                                                       o.value(QStringLiteral("text")).toString());
        }
        return parts.join(QStringLiteral(", "));
    }
    if (type == QLatin1String("truefalse"))
        return compact(q.value(QStringLiteral("answer")));
    if (type == QLatin1String("numeric")) {
        QString key = compact(q.value(QStringLiteral("answer")));
        const double tolerance = q.value(QStringLiteral("tolerance")).toDouble(0);
        if (tolerance != 0)
            key += QStringLiteral(" ± ") + QLocale::c().toString(tolerance, 'g', 12);
        const QString unit = q.value(QStringLiteral("unit")).toString();
        return unit.isEmpty() ? key : key + QLatin1Char(' ') + unit;
    }
    if (type == QLatin1String("text")) {
        for (const auto &v : list("accept"))
            parts << v.toString();
        return parts.join(QStringLiteral(" | "));
    }
    if (type == QLatin1String("ordering")) {
        for (const auto &v : list("items"))
            parts << v.toObject().value(QStringLiteral("text")).toString();
        return parts.join(QStringLiteral(" → "));
    }
    if (type == QLatin1String("matching")) {
        for (const auto &v : list("pairs")) {
            const QJsonObject p = v.toObject();
            parts << p.value(QStringLiteral("left")).toString() + QStringLiteral(" = ") +
                         p.value(QStringLiteral("right")).toString();
        }
        return parts.join(QStringLiteral("; "));
    }
    return {};
}

PackDiffResult PackDiff::compare(const PackSnapshot &before, const PackSnapshot &after)
{
    PackDiffResult r;
    r.manifest = manifestChanges(before.manifest, after.manifest);

    QHash<QString, QString> oldModules;
    for (const auto &m : before.manifest.modules)
        oldModules.insert(m.id, m.title);
    QSet<QString> newModuleIds;
    for (const auto &m : after.manifest.modules) {
        newModuleIds.insert(m.id);
        const auto old = oldModules.constFind(m.id);
        if (old == oldModules.cend())
            r.modules.append({m.id, ChangeKind::Added, {}, m.title});
        else if (*old != m.title)
            r.modules.append({m.id, ChangeKind::Changed, *old, m.title});
    }
    for (const auto &m : before.manifest.modules)
        if (!newModuleIds.contains(m.id))
            r.modules.append({m.id, ChangeKind::Removed, m.title, {}});

    const QList<Placed> oldItems = placedItems(before.manifest);
    const QList<Placed> newItems = placedItems(after.manifest);
    QHash<QString, Placed> oldById;
    for (const auto &p : oldItems)
        oldById.insert(p.item.id, p);
    auto sameItem = [&](const Placed &p) {
        const auto old = oldById.constFind(p.item.id);
        return old != oldById.cend() && old->item.kind == p.item.kind;
    };
    // Items both versions have in the same module, in each version's order: those outside
    // the longest common subsequence changed their order (an insertion before an item only
    // shifts it). Items that changed module are moved anyway.
    QSet<QString> reordered;
    for (const auto &module : after.manifest.modules) {
        QStringList oldOrder, newOrder;
        QSet<QString> here;
        for (const auto &item : module.items) {
            const auto old = oldById.constFind(item.id);
            if (old != oldById.cend() && old->item.kind == item.kind && old->module == module.id) {
                here.insert(item.id);
                newOrder << item.id;
            }
        }
        for (const auto &p : oldItems)
            if (here.contains(p.item.id))
                oldOrder << p.item.id;
        for (const DiffLine &l : TextDiff::diff(oldOrder, newOrder))
            if (l.kind != DiffLine::Kind::Same)
                reordered.insert(l.text);
    }

    QHash<QString, QByteArray> oldHashes, newHashes;
    for (const auto &f : before.manifest.files)
        oldHashes.insert(f.path, f.sha256Hex);
    for (const auto &f : after.manifest.files)
        newHashes.insert(f.path, f.sha256Hex);

    for (const Placed &p : newItems) {
        ItemDiff d;
        d.id = p.item.id;
        d.isQuiz = p.item.kind == ItemKind::Quiz;
        d.newTitle = p.item.title;
        d.newModule = p.module;
        d.newFile = p.item.file;
        if (!sameItem(p)) {
            d.kind = ChangeKind::Added;
            r.items.append(d);
            if (d.isQuiz)
                compareQuiz(d.id, {}, quizJson(after.quizzes.value(d.id)), r.questions);
            continue;
        }
        const Placed &old = oldById[p.item.id];
        d.oldTitle = old.item.title;
        d.oldModule = old.module;
        d.oldFile = old.item.file;
        d.renamed = d.oldTitle != d.newTitle;
        d.moved = d.oldModule != d.newModule || reordered.contains(d.id);
        bool changed = d.renamed || d.moved || d.oldFile != d.newFile;
        if (d.isQuiz) {
            const QuizJson a = quizJson(before.quizzes.value(d.id));
            const QuizJson b = quizJson(after.quizzes.value(d.id));
            d.settings = objectChanges(a.settings, b.settings);
            const qsizetype count = r.questions.size();
            compareQuiz(d.id, a, b, r.questions);
            changed = changed || !d.settings.isEmpty() || r.questions.size() != count;
        } else if (oldHashes.value(d.oldFile) != newHashes.value(d.newFile) ||
                   before.lessons.value(d.id) != after.lessons.value(d.id)) {
            d.textChanged = true;
            d.lines = TextDiff::diff(TextDiff::splitLines(before.lessons.value(d.id)),
                                     TextDiff::splitLines(after.lessons.value(d.id)));
            changed = true;
        }
        if (changed)
            r.items.append(d);
    }
    for (const Placed &p : oldItems) {
        const auto *now = after.manifest.findItem(p.item.id);
        if (now && now->kind == p.item.kind)
            continue;
        ItemDiff d;
        d.id = p.item.id;
        d.isQuiz = p.item.kind == ItemKind::Quiz;
        d.kind = ChangeKind::Removed;
        d.oldTitle = p.item.title;
        d.oldModule = p.module;
        d.oldFile = p.item.file;
        r.items.append(d);
        if (d.isQuiz)
            compareQuiz(d.id, quizJson(before.quizzes.value(d.id)), {}, r.questions);
    }

    // Media: every other file, by path.
    QSet<QString> outlineFiles;
    for (const auto &p : oldItems)
        outlineFiles.insert(p.item.file);
    for (const auto &p : newItems)
        outlineFiles.insert(p.item.file);
    QHash<QString, qint64> oldSizes;
    for (const auto &f : before.manifest.files)
        oldSizes.insert(f.path, f.size);
    QSet<QString> newPaths;
    for (const auto &f : after.manifest.files) {
        newPaths.insert(f.path);
        if (outlineFiles.contains(f.path))
            continue;
        if (!oldHashes.contains(f.path))
            r.media.append({f.path, ChangeKind::Added, -1, f.size});
        else if (oldHashes.value(f.path) != f.sha256Hex)
            r.media.append({f.path, ChangeKind::Changed, oldSizes.value(f.path), f.size});
    }
    for (const auto &f : before.manifest.files)
        if (!newPaths.contains(f.path) && !outlineFiles.contains(f.path))
            r.media.append({f.path, ChangeKind::Removed, f.size, -1});
    std::sort(r.media.begin(), r.media.end(),
              [](const MediaDiff &a, const MediaDiff &b) { return a.path < b.path; });
    return r;
}

} // namespace oht::packio
