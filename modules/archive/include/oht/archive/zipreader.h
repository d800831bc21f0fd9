#pragma once

#include "oht/archive/archivereader.h"
#include "oht/archive/limits.h"

#include <optional>

namespace oht::archive {

/// ArchiveReader for zip files, backed by libarchive with only the zip format registered.
///
/// Every method makes its own pass over the archive and re-validates every header it
/// meets, so a file changed between calls cannot slip through. Once scan() has checked
/// every header, readEntry() stops at its entry and extract() skips its own scan (its
/// pass still checks every header): an import walks a large archive twice, not four
/// times. Refusals are ErrorKind::InvalidInput
/// with a translated one-line message naming the entry ("#N" when its name cannot be
/// decoded) and one of these stable codes:
///   names:    archive.path-traversal, archive.absolute-path, archive.backslash,
///             archive.drive-letter, archive.control-char, archive.bad-name-encoding,
///             archive.unsafe-path (any other oht::isSafePackPath rule: ".", "a//b", ":",
///             over 1024 bytes), archive.duplicate, archive.name-collision (NFC, case or
///             file-versus-folder)
///   entries:  archive.not-regular (symlink, hard link, device, socket; libarchive
///             reads a FIFO entry as a regular file),
///             archive.encrypted, archive.unsupported-compression (not stored/deflate)
///   limits:   archive.too-many-entries, archive.entry-too-large, archive.total-too-large,
///             archive.ratio
///   file:     archive.not-zip, archive.truncated, archive.corrupt (bad CRC, bad deflate
///             data, inconsistent headers), archive.entry-not-found (readEntry)
/// A file that cannot be opened is ErrorKind::Io "archive.unreadable"; running out of
/// memory is Internal "archive.out-of-memory". Errors from an EntrySink are returned
/// unchanged.
class ZipReader final : public ArchiveReader
{
public:
    explicit ZipReader(QString path, Limits limits = {});
    /// Reads an archive held in memory; its size is the base of the ratio limit.
    static ZipReader fromMemory(QByteArray data, Limits limits = {});

    Result<QList<EntryInfo>> scan() override;
    /// scan() that also reads the entry `name` on the way (nullopt in `contents` when the
    /// archive has none): an import needs pack.json before anything else, and one pass
    /// saves parsing a large archive's central directory again.
    Result<QList<EntryInfo>> scanReading(const QString &name, qint64 maxBytes,
                                         std::optional<QByteArray> *contents);
    Result<QByteArray> readEntry(const QString &name, qint64 maxBytes) override;
    /// Runs scan() first (unless it succeeded already), so the sink sees nothing from an
    /// archive with a bad header.
    Result<void> extract(EntrySink &sink) override;

private:
    ZipReader(QByteArray data, Limits limits, bool);

    QString m_path;
    QByteArray m_data;
    bool m_inMemory = false;
    Limits m_limits;
    bool m_scanned = false; ///< a scan() found every header acceptable
};

} // namespace oht::archive
