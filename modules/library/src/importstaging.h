#pragma once

#include "oht/core/result.h"

#include <QLockFile>
#include <QString>
#include <QStringList>
#include <memory>

namespace oht::library {

/// A private folder under `<dataDir>/tmp/` where one import writes its files before they
/// are moved into the blob store. A lock file next to it (held for the folder's life)
/// tells sweepOrphans() the folder is in use; the lock of a killed process goes stale
/// (its PID is gone), so the folder is then swept. Destroying the object removes the
/// folder and whatever is left in it.
class ImportStaging
{
public:
    static Result<std::unique_ptr<ImportStaging>> create(const QString &tmpRoot);
    ~ImportStaging();
    ImportStaging(const ImportStaging &) = delete;
    ImportStaging &operator=(const ImportStaging &) = delete;

    QString path() const { return m_path; }
    /// The folder's name, which identifies this import (BlobStore::runningImports()).
    QString name() const;
    /// A fresh file name inside the folder (the file is not created).
    QString newFilePath();

    static constexpr const char *kPrefix = "import-";
    static constexpr const char *kLockSuffix = ".lock";

private:
    ImportStaging(QString path, std::unique_ptr<QLockFile> lock);
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
    int m_counter = 0;
};

} // namespace oht::library
