#pragma once

#include "oht/core/result.h"
#include "utf8localescope.h"

#include <QByteArray>
#include <QString>

struct archive;

namespace oht::archive::detail {

/// What libarchive said about one entry's header, before any of it is trusted.
struct RawHeader
{
    int index = 0; ///< 1-based position in the archive, for messages
    bool nameDecoded = false;
    QString name;          ///< the UTF-8 name, when libarchive could give one
    QString lossyName;     ///< best-effort rendering for messages when it could not
    unsigned fileType = 0; ///< AE_IFREG, AE_IFDIR, ...
    bool hasHardlink = false;
    bool encrypted = false;
    bool supportedMethod = true; ///< stored or deflate
    QString method;              ///< libarchive's name for the compression method
    bool headerWarning = false;  ///< libarchive returned ARCHIVE_WARN for this header
    QString warningText;         ///< libarchive's (untranslated) explanation
    qint64 declaredSize = -1;
};

/// One pass over a zip with libarchive: only the seekable zip reader is registered, so
/// every archive is read through its central directory, and an archive without one is
/// refused as truncated instead of being guessed at by the streaming reader.
class ReadSession
{
public:
    explicit ReadSession(const QString &path);
    explicit ReadSession(QByteArray data);
    ~ReadSession();
    ReadSession(const ReadSession &) = delete;
    ReadSession &operator=(const ReadSession &) = delete;

    Result<void> open();
    /// Reads the next header into `header`; false at the end of the archive.
    Result<bool> next(RawHeader &header);
    /// Decompresses up to `size` bytes of the current entry; 0 at its end.
    Result<qsizetype> read(char *buffer, qsizetype size, const QString &entryName);
    /// Size of the archive in bytes, the base of the ratio limit (known before open()).
    qint64 archiveSize() const { return m_archiveSize; }

private:
    Error failure(const QString &entryName) const;

    Utf8LocaleScope m_locale; // first in, last out: libarchive caches the charset
    struct archive *m_archive = nullptr;
    QString m_path;
    QByteArray m_data;
    bool m_fromMemory = false;
    qint64 m_archiveSize = 0;
    int m_index = 0;
};

} // namespace oht::archive::detail
