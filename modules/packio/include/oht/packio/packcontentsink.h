#pragma once

#include "oht/archive/entrysink.h"
#include "oht/core/result.h"
#include "oht/core/sha256.h"
#include "oht/packformat/manifest.h"
#include "oht/packformat/packfiles.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace oht::packio {

/// Per-file caps on the text files kept in memory (docs/pack-format.md, "Limits").
inline constexpr qint64 kMaxManifestBytes = 8LL * 1024 * 1024; ///< pack.json and each quiz
inline constexpr qint64 kMaxLessonBytes = 16LL * 1024 * 1024;  ///< one lesson file

/// Receives a built pack's entries as the archive reader decompresses them: hashes every
/// entry (SHA-256 and size of the bytes really produced) and keeps the text files the
/// validator reads (pack.json, .md/.html/.htm lessons, .json quizzes) in memory; every
/// other file is recorded by path only, so large media never sit in memory.
///
/// Each call is forwarded to an optional `next` sink first (the library streams entries
/// into its blob store that way), so an import decompresses and hashes each byte once.
/// The inspector and the library's importer both use this class, so they judge a pack
/// by the same rules.
class PackContentSink final : public archive::EntrySink
{
public:
    explicit PackContentSink(archive::EntrySink *next = nullptr);

    Result<void> beginEntry(const QString &name) override;
    Result<void> data(const char *bytes, qsizetype size) override;
    Result<void> endEntry() override;

    /// The files as the validator sees them (text files with contents, media by path).
    const packformat::MemoryPackFiles &files() const { return m_files; }
    /// What the archive really holds, pack.json excepted: path -> actual SHA-256 and size.
    const QHash<QString, packformat::FileEntry> &actual() const { return m_actual; }
    /// Total bytes received so far.
    qint64 bytesSeen() const { return m_bytesSeen; }

    /// Whether the entry being read is kept in memory, and its bytes so far: all of them
    /// by the time the next sink's endEntry() runs (a data() call is forwarded before its
    /// bytes are appended). The next sink can share this buffer instead of copying.
    bool keepsCurrentEntry() const { return m_keep; }
    const QByteArray &currentText() const { return m_text; }

    /// Fails when a lesson or quiz file that the outline uses was larger than its cap
    /// (it was then not kept in memory). Other over-sized text files are just media.
    Result<void> checkTextLimits(const packformat::Manifest &manifest) const;

    /// The cap for a text file kept in memory, or -1 when `path` is not kept.
    static qint64 textCapFor(const QString &path);

private:
    archive::EntrySink *m_next = nullptr;
    packformat::MemoryPackFiles m_files;
    QHash<QString, packformat::FileEntry> m_actual;
    QSet<QString> m_oversized;

    Sha256 m_hash;
    QString m_name;
    QByteArray m_text;
    qint64 m_cap = -1;
    qint64 m_size = 0;
    qint64 m_bytesSeen = 0;
    bool m_keep = false;
};

} // namespace oht::packio
