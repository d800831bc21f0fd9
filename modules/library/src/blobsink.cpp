#include "blobsink.h"

#include "blobstore.h"
#include "importstaging.h"

#include <QCoreApplication>

namespace oht::library {

namespace {

constexpr qint64 kProgressStep = 1024 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("oht::library::BlobSink", text);
}

} // namespace

BlobSink::BlobSink(const BlobStore &store, ImportStaging &staging,
                   QHash<QString, QByteArray> expectedHashes, ImportObserver *observer,
                   qint64 totalBytes)
    : m_store(store), m_staging(staging), m_expected(std::move(expectedHashes)),
      m_observer(observer), m_total(totalBytes)
{}

Result<void> BlobSink::poll()
{
    if (!m_observer)
        return {};
    if (m_observer->isCancelled())
        return Error::cancelled();
    if (m_lastReported < 0 || m_done - m_lastReported >= kProgressStep) {
        m_observer->progress(m_done, m_total);
        m_lastReported = m_done;
    }
    return {};
}

Error BlobSink::writeError() const
{
    return Error::io(QStringLiteral("library.write-failed"),
                     tr("Cannot write %1 to the library: %2").arg(m_name, m_file.errorString()));
}

Result<void> BlobSink::beginEntry(const QString &name)
{
    if (auto r = poll(); !r)
        return r;
    m_name = name;
    if (name == QLatin1String("pack.json"))
        return {};
    const QByteArray expected = m_expected.value(name);
    if (!expected.isEmpty() && (m_stagedHashes.contains(expected) || m_store.contains(expected)))
        return {};
    m_file.setFileName(m_staging.newFilePath());
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return writeError();
    if (!expected.isEmpty())
        m_stagedHashes.insert(expected);
    return {};
}

Result<void> BlobSink::data(const char *bytes, qsizetype size)
{
    if (m_file.isOpen() && m_file.write(bytes, size) != size)
        return writeError();
    m_done += size;
    return poll();
}

Result<void> BlobSink::endEntry()
{
    if (m_file.isOpen()) {
        const bool flushed = m_file.flush();
        m_file.close();
        if (!flushed || m_file.error() != QFileDevice::NoError)
            return writeError();
        m_staged.insert(m_name, m_file.fileName());
    }
    if (m_observer) {
        m_observer->progress(m_done, m_total);
        m_lastReported = m_done;
    }
    return {};
}

} // namespace oht::library
