#include "readsession.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <archive.h>
#include <archive_entry.h>
#include <cerrno>

namespace oht::archive::detail {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("oht::archive::ZipReader", text);
}

constexpr size_t kReadBlock = 64 * 1024;

// Every zip file (and every truncated one) starts with a local file header.
bool looksLikeZipStart(const QByteArray &head)
{
    return head.startsWith(QByteArrayLiteral("PK\x03\x04"));
}

// libarchive has no error codes for damage, only messages; "Truncated ZIP file header"
// and "Truncated ZIP file data" are the ones it uses for input that ends too early.
bool mentionsTruncation(const char *message)
{
    return message && QByteArray(message).contains("runcated");
}

} // namespace

ReadSession::ReadSession(const QString &path) : m_path(path), m_archiveSize(QFileInfo(path).size())
{}

ReadSession::ReadSession(QByteArray data)
    : m_data(std::move(data)), m_fromMemory(true), m_archiveSize(m_data.size())
{}

ReadSession::~ReadSession()
{
    if (m_archive)
        archive_read_free(m_archive);
}

Result<void> ReadSession::open()
{
    QByteArray head;
    if (m_fromMemory) {
        head = m_data.left(4);
    } else {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly) || !QFileInfo(m_path).isFile())
            return Error::io(QStringLiteral("archive.unreadable"),
                             tr("Cannot read the archive \"%1\".").arg(m_path));
        head = file.read(4);
    }

    m_archive = archive_read_new();
    if (!m_archive)
        return Error::internal(QStringLiteral("archive.out-of-memory"),
                               tr("Not enough memory to open the archive."));
    // Only the seekable zip reader: it starts from the central directory, as every other
    // zip tool does, and no other format's parser ever sees the bytes.
    archive_read_support_format_zip_seekable(m_archive);

    int rc;
    if (m_fromMemory) {
        rc = archive_read_open_memory(m_archive, m_data.constData(), size_t(m_data.size()));
    } else {
#if defined(Q_OS_WIN)
        rc = archive_read_open_filename_w(
            m_archive, reinterpret_cast<const wchar_t *>(m_path.utf16()), kReadBlock);
#else
        rc = archive_read_open_filename(m_archive, QFile::encodeName(m_path).constData(),
                                        kReadBlock);
#endif
    }
    if (rc == ARCHIVE_OK)
        return {};
    if (archive_errno(m_archive) == EIO)
        return Error::io(QStringLiteral("archive.unreadable"),
                         tr("Cannot read the archive \"%1\".").arg(m_path));
    // No end record was found. A zip's start without one is a zip cut short.
    if (looksLikeZipStart(head))
        return Error::invalid(QStringLiteral("archive.truncated"),
                              tr("The archive is incomplete: its central directory is missing."));
    return Error::invalid(QStringLiteral("archive.not-zip"), tr("The file is not a zip archive."));
}

Result<bool> ReadSession::next(RawHeader &header)
{
    header = RawHeader{};
    header.index = ++m_index;
    struct archive_entry *entry = nullptr;
    const int rc = archive_read_next_header(m_archive, &entry);
    if (rc == ARCHIVE_EOF)
        return false;
    if ((rc != ARCHIVE_OK && rc != ARCHIVE_WARN) || !entry) // FATAL, FAILED, RETRY
        return failure(QString());
    if (rc == ARCHIVE_WARN) {
        header.headerWarning = true;
        header.warningText = QString::fromUtf8(archive_error_string(m_archive));
    }

    if (const char *utf8 = archive_entry_pathname_utf8(entry)) {
        // libarchive passes through bytes it could not check; decode strictly.
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        header.name = decoder(QByteArrayView(utf8));
        header.nameDecoded = !decoder.hasError();
    }
    if (!header.nameDecoded) {
        const char *raw = archive_entry_pathname(entry);
        header.lossyName = raw ? QString::fromUtf8(raw) : QString();
        header.name.clear();
    }

    header.fileType = archive_entry_filetype(entry);
    header.hasHardlink = archive_entry_hardlink(entry) != nullptr;
    header.encrypted = archive_entry_is_data_encrypted(entry) != 0 ||
                       archive_entry_is_metadata_encrypted(entry) != 0 ||
                       archive_entry_is_encrypted(entry) != 0;
    header.declaredSize = archive_entry_size_is_set(entry) ? archive_entry_size(entry) : -1;

    // libarchive tells the compression method only through the format name,
    // "ZIP 2.0 (deflation)". Anything but stored or deflate would reach decoders
    // (PPMd, LZMA, bzip2, ...) a pack never needs.
    const QString format = QString::fromUtf8(archive_format_name(m_archive));
    const qsizetype open = format.lastIndexOf(QLatin1Char('('));
    header.method = open >= 0 ? format.mid(open + 1).chopped(1) : QString();
    header.supportedMethod = header.method == QLatin1String("deflation") ||
                             header.method == QLatin1String("uncompressed");
    return true;
}

Result<qsizetype> ReadSession::read(char *buffer, qsizetype size, const QString &entryName)
{
    const la_ssize_t n = archive_read_data(m_archive, buffer, size_t(size));
    if (n < 0)
        return failure(entryName);
    return qsizetype(n);
}

Error ReadSession::failure(const QString &entryName) const
{
    const char *message = archive_error_string(m_archive);
    const QString detail = message ? QString::fromUtf8(message) : tr("unknown error");
    const QString where =
        entryName.isEmpty() ? tr("entry #%1").arg(m_index) : tr("entry \"%1\"").arg(entryName);
    if (archive_errno(m_archive) == ENOMEM)
        return Error::internal(QStringLiteral("archive.out-of-memory"),
                               tr("Not enough memory to read %1 of the archive.").arg(where));
    if (mentionsTruncation(message))
        return Error::invalid(
            QStringLiteral("archive.truncated"),
            tr("The archive is incomplete: %1 is cut short (%2).").arg(where, detail));
    return Error::invalid(QStringLiteral("archive.corrupt"),
                          tr("The archive is damaged at %1 (%2).").arg(where, detail));
}

} // namespace oht::archive::detail
