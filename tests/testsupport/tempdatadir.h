#pragma once

#include <QString>
#include <QTemporaryDir>

namespace oht::test {

/// A throw-away data directory for one test (library, blobs, settings).
class TempDataDir
{
public:
    TempDataDir();
    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

} // namespace oht::test
