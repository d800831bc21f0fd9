#pragma once

#include "oht/archive/entrysink.h"

#include <QFile>
#include <QHash>
#include <QString>

namespace oht::catalog {

/// Writes every archive entry to its own numbered file in a folder (names from the
/// archive are keys, never paths), so a pack can be rewritten without holding its media
/// in memory. `skip` names one entry that is not kept (the old signature.json).
class EntryFileSink final : public archive::EntrySink
{
public:
    EntryFileSink(QString folder, QString skip);

    Result<void> beginEntry(const QString &name) override;
    Result<void> data(const char *bytes, qsizetype size) override;
    Result<void> endEntry() override;

    /// Entry name -> file holding its bytes.
    const QHash<QString, QString> &files() const { return m_files; }

private:
    Error writeError() const;

    QString m_folder;
    QString m_skip;
    QFile m_file;
    QString m_name;
    QHash<QString, QString> m_files;
};

} // namespace oht::catalog
