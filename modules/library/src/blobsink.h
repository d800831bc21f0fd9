#pragma once

#include "oht/archive/entrysink.h"
#include "oht/library/importtypes.h"

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QString>

namespace oht::library {

class BlobStore;
class ImportStaging;

/// Streams each entry of a pack being imported into its own file in the import's staging
/// folder, and reports progress / polls cancellation as bytes arrive. An entry whose
/// expected hash (from the manifest read up front) is already in the blob store, or
/// already staged by this import, is not written again: if the real bytes differ, the
/// validator's hash check refuses the pack anyway. pack.json is not staged (the database
/// keeps it). Hashing and validation are PackContentSink's job, which forwards to this.
class BlobSink final : public archive::EntrySink
{
public:
    BlobSink(const BlobStore &store, ImportStaging &staging,
             QHash<QString, QByteArray> expectedHashes, ImportObserver *observer,
             qint64 totalBytes);

    Result<void> beginEntry(const QString &name) override;
    Result<void> data(const char *bytes, qsizetype size) override;
    Result<void> endEntry() override;

    /// Pack path -> staged file, for entries that were written (others reuse a blob).
    const QHash<QString, QString> &stagedFiles() const { return m_staged; }

private:
    Result<void> poll();
    Error writeError() const;

    const BlobStore &m_store;
    ImportStaging &m_staging;
    QHash<QString, QByteArray> m_expected;
    QSet<QByteArray> m_stagedHashes;
    QHash<QString, QString> m_staged;
    ImportObserver *m_observer = nullptr;
    qint64 m_total = 0;
    qint64 m_done = 0;
    qint64 m_lastReported = -1;

    QString m_name;
    QFile m_file;
};

} // namespace oht::library
