#include "bytebudget.h"

#include "entrychecker.h"

#include <QCoreApplication>
#include <QLocale>

namespace oht::archive::detail {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("oht::archive::ZipReader", text);
}
} // namespace

void ByteBudget::beginEntry(qint64 entryCap)
{
    m_entryCap = qMin(entryCap, m_limits.maxEntryBytes);
    m_entryBytes = 0;
}

Result<void> ByteBudget::add(const QString &entryName, qint64 bytes)
{
    m_entryBytes += bytes;
    m_totalBytes += bytes;
    // Messages are built only on failure: this runs for every chunk.
    const auto shown = [&] { return EntryChecker::displayName(entryName); };
    if (m_entryBytes > m_entryCap)
        return Error::invalid(QStringLiteral("archive.entry-too-large"),
                              tr("Entry \"%1\" unpacks to more than %2.")
                                  .arg(shown(), QLocale().formattedDataSize(m_entryCap)));
    if (m_totalBytes > m_limits.maxTotalBytes)
        return Error::invalid(
            QStringLiteral("archive.total-too-large"),
            tr("The archive unpacks to more than %1 in total (limit reached in entry \"%2\").")
                .arg(QLocale().formattedDataSize(m_limits.maxTotalBytes), shown()));
    // The grace allowance keeps tiny, highly compressible packs (a few text files) legal.
    if (m_totalBytes > m_limits.ratioGraceBytes &&
        double(m_totalBytes) > m_limits.maxRatio * double(qMax<qint64>(m_archiveSize, 1)))
        return Error::invalid(QStringLiteral("archive.ratio"),
                              tr("The archive unpacks to more than %1 times its own size (at "
                                 "entry \"%2\"): it looks like a zip bomb.")
                                  .arg(m_limits.maxRatio)
                                  .arg(shown()));
    return {};
}

} // namespace oht::archive::detail
