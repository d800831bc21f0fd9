#include "partfile.h"

#include "catalogentryjson.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace oht::catalog {

namespace {

constexpr qint64 kMaxMetadataBytes = 1024 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("oht::catalog::DownloadJob", text);
}

} // namespace

PartFile::PartFile(const QString &dir, const QString &key) : m_base(QDir(dir).filePath(key)) {}

Error PartFile::ioError(const QString &what) const
{
    return Error::io(QStringLiteral("catalog.download-write-failed"),
                     tr("Cannot write the download %1: %2").arg(what, m_file.errorString()));
}

qint64 PartFile::size() const
{
    return m_file.isOpen() ? m_file.size() : QFileInfo(partPath()).size();
}

bool PartFile::isFinished() const
{
    return QFileInfo::exists(finishedPath());
}

Result<void> PartFile::saveMetadata(const PartMetadata &metadata) const
{
    const QJsonObject object{
        {QStringLiteral("formatVersion"), 1},
        {QStringLiteral("entry"), entryToJson(metadata.entry)},
        {QStringLiteral("validator"), QString::fromLatin1(metadata.validator)}};
    QSaveFile file(metadataPath());
    const QByteArray bytes = QJsonDocument(object).toJson();
    if (!QDir().mkpath(QFileInfo(metadataPath()).absolutePath()) ||
        !file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error::io(
            QStringLiteral("catalog.download-write-failed"),
            tr("Cannot write the download %1: %2").arg(metadataPath(), file.errorString()));
    return {};
}

Result<PartMetadata> PartFile::loadMetadata(const QString &metadataPath)
{
    QFile file(metadataPath);
    if (!file.open(QIODevice::ReadOnly))
        return Error::io(QStringLiteral("catalog.download-unreadable"),
                         tr("Cannot read %1: %2").arg(metadataPath, file.errorString()));
    const QJsonObject object = QJsonDocument::fromJson(file.read(kMaxMetadataBytes)).object();
    auto entry = entryFromJson(object.value(QStringLiteral("entry")).toObject());
    if (!entry)
        return entry.error();
    return PartMetadata{*entry, object.value(QStringLiteral("validator")).toString().toLatin1()};
}

Result<void> PartFile::openForAppend(bool truncate)
{
    close();
    if (!QDir().mkpath(QFileInfo(partPath()).absolutePath()))
        return ioError(partPath());
    m_file.setFileName(partPath());
    const QIODevice::OpenMode mode =
        truncate ? QIODevice::WriteOnly | QIODevice::Truncate : QIODevice::Append;
    if (!m_file.open(mode))
        return ioError(partPath());
    return {};
}

Result<void> PartFile::append(const QByteArray &bytes)
{
    if (m_file.write(bytes) != bytes.size())
        return ioError(partPath());
    return {};
}

void PartFile::close()
{
    if (m_file.isOpen()) {
        m_file.flush();
        m_file.close();
    }
}

Result<void> PartFile::finish()
{
    close();
    QFile::remove(finishedPath());
    if (!QFile::rename(partPath(), finishedPath()))
        return Error::io(QStringLiteral("catalog.download-write-failed"),
                         tr("Cannot rename %1 to %2.").arg(partPath(), finishedPath()));
    return {};
}

void PartFile::removePartial()
{
    close();
    QFile::remove(partPath());
    QFile::remove(metadataPath());
}

void PartFile::removeAll()
{
    removePartial();
    QFile::remove(finishedPath());
}

} // namespace oht::catalog
