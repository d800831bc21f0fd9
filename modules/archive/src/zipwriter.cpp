#include "oht/archive/zipwriter.h"

#include "oht/core/packpath.h"
#include "utf8localescope.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <archive.h>
#include <archive_entry.h>
#include <filesystem>
#include <mutex>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

namespace oht::archive {

using detail::Utf8LocaleScope;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("oht::archive::ZipWriter", text);
}

// Deflate level 1..9. On the 27 MB, 2,000-lesson benchmark corpus level 1 gives 8.3 MB
// for ~0.4 s of CPU, level 6 (libarchive's default) 8.1 MB for ~0.6 s: speed wins.
constexpr const char *kCompressionLevelOption = "zip:compression-level=1";
constexpr qint64 kStreamChunk = 256 * 1024;

Error writeFailed(const QString &path, const QString &detail)
{
    return Error::io(QStringLiteral("archive.write-failed"),
                     tr("Cannot write \"%1\": %2.").arg(path, detail));
}

la_ssize_t writeCallback(struct archive *, void *clientData, const void *buffer, size_t length)
{
    auto *file = static_cast<QFile *>(clientData);
    const qint64 written = file->write(static_cast<const char *>(buffer), qint64(length));
    return written == qint64(length) ? la_ssize_t(written) : la_ssize_t(-1);
}

// libarchive sets up a fresh deflate stream (~260 KiB) for every entry and frees it at
// the entry's end. That memory sits at the top of glibc's heap, which glibc returns to
// the system whenever more than 128 KiB is free there, so every entry shrank and regrew
// the heap: on the 2,000-lesson benchmark that page-fault churn made writing 5x slower
// (6 s instead of 1 s, mostly kernel time). Keeping up to 32 MiB of freed heap mapped
// stops it. It is process-wide but harmless: freed memory is merely returned later.
void avoidHeapTrimChurn()
{
#if defined(__GLIBC__)
    static std::once_flag once;
    std::call_once(once, [] { mallopt(M_TRIM_THRESHOLD, 32 * 1024 * 1024); });
#endif
}

} // namespace

struct ZipWriter::Private
{
    QString path;
    QString tmpPath;
    QFile file;
    struct archive *archive = nullptr;
    QSet<QString> names;
    QSet<QString> keys;
    bool createdTmp = false;
    bool failed = false;
    bool closed = false;

    Result<void> checkUsable() const;
    Result<void> checkName(const QString &name);
    Result<void> writeHeader(const QString &name, qint64 size);
    Result<void> writeData(const QString &name, const char *bytes, qint64 size);
    Result<void> finishEntry(const QString &name);
    Error libarchiveError() const;
    Error fail(Error error);
    void discard();
};

bool ZipWriter::isStoredUncompressed(const QString &name)
{
    static const QSet<QString> stored = {
        QStringLiteral("png"),   QStringLiteral("jpg"),  QStringLiteral("jpeg"),
        QStringLiteral("gif"),   QStringLiteral("webp"), QStringLiteral("avif"),
        QStringLiteral("mp3"),   QStringLiteral("m4a"),  QStringLiteral("ogg"),
        QStringLiteral("oga"),   QStringLiteral("opus"), QStringLiteral("mp4"),
        QStringLiteral("m4v"),   QStringLiteral("webm"), QStringLiteral("ogv"),
        QStringLiteral("zip"),   QStringLiteral("gz"),   QStringLiteral("woff"),
        QStringLiteral("woff2"), QStringLiteral("pdf"),
    };
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    if (dot < 0 || name.indexOf(QLatin1Char('/'), dot) >= 0)
        return false;
    return stored.contains(name.mid(dot + 1).toLower());
}

ZipWriter::ZipWriter(QString path) : d(std::make_unique<Private>())
{
    d->path = std::move(path);
    d->tmpPath = d->path + QStringLiteral(".tmp");
}

ZipWriter::~ZipWriter()
{
    if (!d->closed)
        d->discard();
}

Result<void> ZipWriter::open()
{
    if (d->archive || d->closed)
        return Error::internal(QStringLiteral("archive.writer-state"),
                               tr("The zip writer for \"%1\" was already opened.").arg(d->path));
    const Utf8LocaleScope utf8; // libarchive flags names as UTF-8 only under a UTF-8 locale
    avoidHeapTrimChurn();
    d->file.setFileName(d->tmpPath);
    if (!d->file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return d->fail(writeFailed(d->tmpPath, d->file.errorString()));
    d->createdTmp = true;
    d->archive = archive_write_new();
    if (!d->archive)
        return d->fail(writeFailed(d->tmpPath, tr("out of memory")));
    // One block per write call, and no padding of the last block: a zip ends exactly
    // at its end record.
    if (archive_write_set_format_zip(d->archive) != ARCHIVE_OK ||
        archive_write_set_options(d->archive, kCompressionLevelOption) != ARCHIVE_OK ||
        archive_write_set_bytes_per_block(d->archive, 64 * 1024) != ARCHIVE_OK ||
        archive_write_set_bytes_in_last_block(d->archive, 1) != ARCHIVE_OK ||
        archive_write_open(d->archive, &d->file, nullptr, writeCallback, nullptr) != ARCHIVE_OK)
        return d->fail(d->libarchiveError());
    return {};
}

Result<void> ZipWriter::addFile(const QString &name, const QByteArray &data)
{
    if (auto ok = d->checkUsable(); !ok)
        return ok;
    const Utf8LocaleScope utf8;
    if (auto ok = d->writeHeader(name, data.size()); !ok)
        return ok;
    if (auto ok = d->writeData(name, data.constData(), data.size()); !ok)
        return ok;
    return d->finishEntry(name);
}

Result<void> ZipWriter::addFileFromDisk(const QString &name, const QString &diskPath)
{
    if (auto ok = d->checkUsable(); !ok)
        return ok;
    QFile source(diskPath);
    if (!source.open(QIODevice::ReadOnly))
        return d->fail(
            Error::io(QStringLiteral("archive.unreadable"),
                      tr("Cannot read \"%1\": %2.").arg(diskPath, source.errorString())));
    const qint64 size = source.size();
    const Utf8LocaleScope utf8;
    if (auto ok = d->writeHeader(name, size); !ok)
        return ok;
    QByteArray buffer(qMin(size, kStreamChunk), Qt::Uninitialized);
    qint64 total = 0;
    while (total < size) {
        const qint64 n = source.read(buffer.data(), qMin<qint64>(buffer.size(), size - total));
        if (n <= 0)
            break;
        if (auto ok = d->writeData(name, buffer.constData(), n); !ok)
            return ok;
        total += n;
    }
    // The header already promised `size` bytes; a file that changed meanwhile would give
    // an entry that does not match it.
    if (total != size || !source.atEnd())
        return d->fail(Error::io(QStringLiteral("archive.source-changed"),
                                 tr("\"%1\" changed or could not be read while it was being "
                                    "added to the archive.")
                                     .arg(diskPath)));
    return d->finishEntry(name);
}

Result<void> ZipWriter::close()
{
    if (auto ok = d->checkUsable(); !ok) {
        d->discard();
        return ok;
    }
    {
        const Utf8LocaleScope utf8;
        const int closed = archive_write_close(d->archive);
        const Error error = d->libarchiveError();
        archive_write_free(d->archive);
        d->archive = nullptr;
        if (closed != ARCHIVE_OK)
            return d->fail(error);
    }
    if (!d->file.flush())
        return d->fail(writeFailed(d->tmpPath, d->file.errorString()));
#if defined(Q_OS_UNIX)
    // The rename must not reach the disk before the data does.
    if (::fsync(d->file.handle()) != 0)
        return d->fail(writeFailed(d->tmpPath, tr("cannot flush to disk")));
#endif
    d->file.close();
    std::error_code ec;
    std::filesystem::rename(QFile::encodeName(d->tmpPath).toStdString(),
                            QFile::encodeName(d->path).toStdString(), ec);
    if (ec)
        return d->fail(writeFailed(d->path, QString::fromStdString(ec.message())));
    d->closed = true;
    return {};
}

Result<void> ZipWriter::Private::checkUsable() const
{
    if (failed)
        return Error::internal(QStringLiteral("archive.writer-state"),
                               tr("Writing \"%1\" already failed.").arg(path));
    if (!archive || closed)
        return Error::internal(QStringLiteral("archive.writer-state"),
                               tr("The zip writer for \"%1\" is not open.").arg(path));
    return {};
}

Result<void> ZipWriter::Private::checkName(const QString &name)
{
    QString reason;
    if (name.endsWith(QLatin1Char('/')) || !isSafePackPath(name, &reason))
        return fail(
            Error::invalid(QStringLiteral("archive.unsafe-path"),
                           tr("Cannot add \"%1\" to the archive: %2.")
                               .arg(name, reason.isEmpty() ? tr("not a file name") : reason)));
    if (names.contains(name))
        return fail(Error::invalid(QStringLiteral("archive.duplicate"),
                                   tr("\"%1\" was added to the archive twice.").arg(name)));
    const QString key = packPathCollisionKey(name);
    if (keys.contains(key))
        return fail(Error::invalid(QStringLiteral("archive.name-collision"),
                                   tr("\"%1\" differs from another entry only by letter case or "
                                      "Unicode normalisation.")
                                       .arg(name)));
    names.insert(name);
    keys.insert(key);
    return {};
}

Result<void> ZipWriter::Private::writeHeader(const QString &name, qint64 size)
{
    if (auto ok = checkName(name); !ok)
        return ok;
    struct archive_entry *entry = archive_entry_new();
    if (!entry)
        return fail(writeFailed(tmpPath, tr("out of memory")));
    archive_entry_copy_pathname(entry, name.toUtf8().constData());
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_perm(entry, 0644);
    archive_entry_set_uid(entry, 0);
    archive_entry_set_gid(entry, 0);
    archive_entry_set_size(entry, size);
    // No mtime on purpose: libarchive turns a time into a DOS date with localtime(), so
    // any real date would depend on the builder's time zone. Without one the entry gets
    // the fixed minimum DOS date, 1980-01-01 00:00, and no extended timestamp.
    archive_entry_unset_mtime(entry);
    const int method = isStoredUncompressed(name)
                           ? archive_write_zip_set_compression_store(archive)
                           : archive_write_zip_set_compression_deflate(archive);
    const int rc = method == ARCHIVE_OK ? archive_write_header(archive, entry) : method;
    archive_entry_free(entry);
    if (rc != ARCHIVE_OK)
        return fail(libarchiveError());
    return {};
}

Result<void> ZipWriter::Private::writeData(const QString &name, const char *bytes, qint64 size)
{
    while (size > 0) {
        const la_ssize_t n = archive_write_data(archive, bytes, size_t(size));
        if (n <= 0)
            return fail(
                writeFailed(tmpPath, tr("entry \"%1\": %2").arg(name, libarchiveError().message)));
        bytes += n;
        size -= n;
    }
    return {};
}

Result<void> ZipWriter::Private::finishEntry(const QString &name)
{
    if (archive_write_finish_entry(archive) != ARCHIVE_OK)
        return fail(
            writeFailed(tmpPath, tr("entry \"%1\": %2").arg(name, libarchiveError().message)));
    return {};
}

Error ZipWriter::Private::libarchiveError() const
{
    const char *message = archive ? archive_error_string(archive) : nullptr;
    if (file.error() != QFileDevice::NoError)
        return writeFailed(tmpPath, file.errorString());
    return writeFailed(tmpPath, message ? QString::fromUtf8(message) : tr("unknown error"));
}

Error ZipWriter::Private::fail(Error error)
{
    failed = true;
    discard();
    return error;
}

void ZipWriter::Private::discard()
{
    if (archive) {
        // Marks the handle failed so freeing it does not write a central directory.
        archive_write_fail(archive);
        archive_write_free(archive);
        archive = nullptr;
    }
    if (file.isOpen())
        file.close();
    if (createdTmp)
        QFile::remove(tmpPath);
    createdTmp = false;
}

} // namespace oht::archive
