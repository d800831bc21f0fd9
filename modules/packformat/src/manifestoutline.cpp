// ManifestReader, continued: the outline (modules and items) and the built pack's
// `files` list.
#include "manifestreader.h"
#include "valuerules.h"

#include <QCoreApplication>
#include <QSet>

namespace oht::packformat::detail {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("oht::packformat::ManifestParser", text);
}

const QString kInvalid = QStringLiteral("invalid-value");

/// The object's id when it has one, to name it in messages.
QString idOf(const QJsonObject &o)
{
    return o.value(QLatin1String("id")).toString();
}
} // namespace

void ManifestReader::readModules(const JsonObjectRef &top, Manifest &m)
{
    const QString pointer = top.pointerOf(QLatin1StringView("modules"));
    const auto modules = m_schema.array(top, QLatin1StringView("modules"), Need::Required);
    if (!modules)
        return;
    if (modules->isEmpty())
        m_schema.error(kInvalid, pointer, tr("The pack must have at least one module."));
    for (qsizetype i = 0; i < modules->size(); ++i) {
        auto ref = m_schema.element(*modules, i, pointer, QLatin1StringView("modules"),
                                    tr("the manifest"));
        if (!ref)
            continue;
        const QString name = idOf(ref->object);
        ref->owner = name.isEmpty() ? tr("module %1").arg(i + 1) : tr("module \"%1\"").arg(name);
        Module mod;
        if (const auto id = m_schema.string(*ref, QLatin1StringView("id"), Need::Required)) {
            mod.id = *id;
            ref->itemId = *id;
            if (!isValidId(*id))
                m_schema.error(kInvalid, ref->pointerOf(QLatin1StringView("id")),
                               tr("The module id \"%1\" is not valid: use 1 to 64 characters of "
                                  "A-Z, a-z, 0-9, _ and -.")
                                   .arg(*id),
                               *id);
            else
                claimId(*id, ref->pointerOf(QLatin1StringView("id")), ref->owner);
        }
        if (const auto t = m_schema.string(*ref, QLatin1StringView("title"), Need::Required)) {
            mod.title = *t;
            if (t->trimmed().isEmpty())
                m_schema.error(kInvalid, ref->pointerOf(QLatin1StringView("title")),
                               tr("The title of %1 is empty.").arg(ref->owner), ref->itemId);
        }
        readItems(*ref, mod);
        m_schema.checkUnknown(*ref, {"id", "title", "items"});
        m.modules.append(mod);
    }
}

void ManifestReader::readItems(const JsonObjectRef &module, Module &mod)
{
    const QString pointer = module.pointerOf(QLatin1StringView("items"));
    const auto items = m_schema.array(module, QLatin1StringView("items"), Need::Required);
    if (!items)
        return;
    if (items->isEmpty())
        m_schema.error(
            kInvalid, pointer,
            tr("%1 has no items; a module needs at least one lesson or quiz.").arg(module.owner),
            module.itemId);
    for (qsizetype i = 0; i < items->size(); ++i) {
        auto ref = m_schema.element(*items, i, pointer, QLatin1StringView("items"), module.owner,
                                    module.itemId);
        if (!ref)
            continue;
        const QString name = idOf(ref->object);
        ref->owner = name.isEmpty() ? tr("item %1 of %2").arg(QString::number(i + 1), module.owner)
                                    : tr("item \"%1\"").arg(name);
        OutlineItem item;
        if (const auto id = m_schema.string(*ref, QLatin1StringView("id"), Need::Required)) {
            item.id = *id;
            ref->itemId = *id;
            if (!isValidId(*id))
                m_schema.error(kInvalid, ref->pointerOf(QLatin1StringView("id")),
                               tr("The item id \"%1\" is not valid: use 1 to 64 characters of "
                                  "A-Z, a-z, 0-9, _ and -.")
                                   .arg(*id),
                               *id);
            else
                claimId(*id, ref->pointerOf(QLatin1StringView("id")), ref->owner);
        }
        const auto type = m_schema.string(*ref, QLatin1StringView("type"), Need::Required);
        bool typeOk = false;
        if (type) {
            typeOk = *type == QLatin1String("lesson") || *type == QLatin1String("quiz");
            item.kind = *type == QLatin1String("quiz") ? ItemKind::Quiz : ItemKind::Lesson;
            if (!typeOk)
                m_schema.error(kInvalid, ref->pointerOf(QLatin1StringView("type")),
                               tr("The type of %1 is \"%2\"; it must be \"lesson\" or \"quiz\".")
                                   .arg(ref->owner, *type),
                               ref->itemId);
        }
        if (const auto t = m_schema.string(*ref, QLatin1StringView("title"), Need::Required)) {
            item.title = *t;
            if (t->trimmed().isEmpty())
                m_schema.error(kInvalid, ref->pointerOf(QLatin1StringView("title")),
                               tr("The title of %1 is empty.").arg(ref->owner), ref->itemId);
        }
        const auto file = m_schema.string(*ref, QLatin1StringView("file"), Need::Required);
        if (file) {
            item.file = *file;
            if (file->isEmpty())
                m_schema.error(kInvalid, ref->pointerOf(QLatin1StringView("file")),
                               tr("The file of %1 is empty.").arg(ref->owner), ref->itemId);
        }
        m_schema.checkUnknown(*ref, {"id", "type", "title", "file"});
        // An item of unknown type or without a file cannot be checked further; its
        // problems are already reported. Everything else stays so later checks run.
        if (typeOk && file && !file->isEmpty()) {
            mod.items.append(item);
            m_itemPointers.append(ref->pointer);
        }
    }
}

void ManifestReader::readFiles(const JsonObjectRef &top, Manifest &m)
{
    const QString pointer = top.pointerOf(QLatin1StringView("files"));
    const auto files = m_schema.array(top, QLatin1StringView("files"), Need::Required);
    if (!files)
        return;
    m_hasFilesList = true;
    QSet<QString> seen;
    for (qsizetype i = 0; i < files->size(); ++i) {
        auto ref =
            m_schema.element(*files, i, pointer, QLatin1StringView("files"), tr("the manifest"));
        if (!ref)
            continue;
        ref->owner = tr("entry %1 of \"files\"").arg(i + 1);
        FileEntry entry;
        entry.size = -1; // "unknown" until read: later checks skip what is not valid
        const auto path = m_schema.string(*ref, QLatin1StringView("path"), Need::Required);
        if (path) {
            entry.path = *path;
            ref->owner = tr("the \"files\" entry for %1").arg(*path);
        }
        if (const auto sha = m_schema.string(*ref, QLatin1StringView("sha256"), Need::Required)) {
            if (isSha256Hex(*sha))
                entry.sha256Hex = sha->toLatin1();
            else
                m_schema.error(kInvalid, ref->pointerOf(QLatin1StringView("sha256")),
                               tr("The SHA-256 in %1 must be 64 lower-case hexadecimal "
                                  "characters.")
                                   .arg(ref->owner));
        }
        if (const auto size = m_schema.integer(*ref, QLatin1StringView("size"), Need::Required)) {
            if (*size >= 0)
                entry.size = *size;
            else
                m_schema.error(kInvalid, ref->pointerOf(QLatin1StringView("size")),
                               tr("The size in %1 is negative.").arg(ref->owner));
        }
        m_schema.checkUnknown(*ref, {"path", "sha256", "size"});
        if (!path)
            continue;
        if (*path == QLatin1String("pack.json")) {
            m_schema.error(kInvalid, ref->pointerOf(QLatin1StringView("path")),
                           tr("\"files\" must not list pack.json itself."));
            continue;
        }
        if (seen.contains(*path)) {
            m_schema.error(kInvalid, ref->pointerOf(QLatin1StringView("path")),
                           tr("\"files\" lists %1 more than once.").arg(*path));
            continue;
        }
        seen.insert(*path);
        m.files.append(entry);
        m_filePointers.append(ref->pointer);
    }
}

} // namespace oht::packformat::detail
