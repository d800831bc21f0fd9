#include "filehasher.h"

namespace oht::catalog {

namespace {
constexpr qint64 kBytesPerStep = 4 * 1024 * 1024;
}

FileHasher::FileHasher(QObject *parent) : QObject(parent)
{
    m_timer.setInterval(0);
    connect(&m_timer, &QTimer::timeout, this, &FileHasher::step);
}

void FileHasher::start(const QString &path)
{
    abort();
    m_hash.reset();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        const QString reason = m_file.errorString();
        QTimer::singleShot(0, this, [this, reason] { emit failed(reason); });
        return;
    }
    m_timer.start();
}

void FileHasher::abort()
{
    m_timer.stop();
    m_file.close();
}

void FileHasher::step()
{
    const QByteArray chunk = m_file.read(kBytesPerStep);
    if (chunk.isEmpty() && m_file.error() != QFileDevice::NoError) {
        const QString reason = m_file.errorString();
        abort();
        emit failed(reason);
        return;
    }
    m_hash.addData(chunk);
    if (!m_file.atEnd() && !chunk.isEmpty())
        return;
    abort();
    emit finished(m_hash.result().toHex());
}

} // namespace oht::catalog
