#pragma once

#include "oht/packformat/manifest.h"
#include "oht/packformat/manifestparser.h"
#include "schemareader.h"

#include <QHash>
#include <QStringList>

namespace oht::packformat::detail {

/// Reads pack.json into a Manifest, reporting every problem (see parseManifest). Also
/// remembers the JSON pointer of each outline item and `files` entry, so that later
/// checks (missing files, hashes) can point at the right line of pack.json.
class ManifestReader
{
public:
    ManifestReader(const QByteArray &json, const QString &fileName, Findings &findings,
                   ManifestKind kind);

    std::optional<Manifest> read();

    /// Pointers of the items kept in the manifest, parallel to Manifest::items().
    const QStringList &itemPointers() const { return m_itemPointers; }
    /// Pointers of the entries kept in Manifest::files, parallel to it.
    const QStringList &filePointers() const { return m_filePointers; }

    /// Whether a `files` list was present and a list (built packs).
    bool hasFilesList() const { return m_hasFilesList; }

    SchemaReader &schema() { return m_schema; }

private:
    void readIdentity(const JsonObjectRef &top, Manifest &m);
    void readAuthors(const JsonObjectRef &top, Manifest &m);
    void readLicense(const JsonObjectRef &top, Manifest &m);
    void readDates(const JsonObjectRef &top, Manifest &m);
    void readTags(const JsonObjectRef &top, Manifest &m);
    void readModules(const JsonObjectRef &top, Manifest &m);
    void readItems(const JsonObjectRef &module, Module &mod);
    void readFiles(const JsonObjectRef &top, Manifest &m);
    /// Module and item ids share one namespace across the pack.
    void claimId(const QString &id, const QString &pointer, const QString &owner);

    SchemaReader m_schema;
    ManifestKind m_kind;
    bool m_hasFilesList = false;
    QStringList m_itemPointers;
    QStringList m_filePointers;
    QHash<QString, QString> m_ids; ///< id -> owner description of its first use
};

} // namespace oht::packformat::detail
