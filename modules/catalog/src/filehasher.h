#pragma once

#include "oht/core/sha256.h"

#include <QFile>
#include <QObject>
#include <QTimer>

namespace oht::catalog {

/// SHA-256 of a file, a few MiB per turn of the event loop, so checking a large download
/// never freezes the window that shows its progress bar.
class FileHasher : public QObject
{
    Q_OBJECT

public:
    explicit FileHasher(QObject *parent = nullptr);

    void start(const QString &path);
    void abort();

signals:
    void finished(const QByteArray &sha256Hex);
    void failed(const QString &reason);

private:
    void step();

    QFile m_file;
    Sha256 m_hash;
    QTimer m_timer;
};

} // namespace oht::catalog
