#include "oht/packio/packcontentsink.h"

#include <QCoreApplication>

namespace oht::packio {

namespace {

const QString kManifestName = QStringLiteral("pack.json");

QString tr(const char *text)
{
    return QCoreApplication::translate("oht::packio::PackContentSink", text);
}

} // namespace

PackContentSink::PackContentSink(archive::EntrySink *next) : m_next(next) {}

qint64 PackContentSink::textCapFor(const QString &path)
{
    if (path == kManifestName || path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return kMaxManifestBytes;
    if (path.endsWith(QLatin1String(".md"), Qt::CaseInsensitive) ||
        path.endsWith(QLatin1String(".html"), Qt::CaseInsensitive) ||
        path.endsWith(QLatin1String(".htm"), Qt::CaseInsensitive))
        return kMaxLessonBytes;
    return -1;
}

Result<void> PackContentSink::beginEntry(const QString &name)
{
    if (m_next) {
        if (auto r = m_next->beginEntry(name); !r)
            return r;
    }
    m_name = name;
    m_hash.reset();
    m_text.clear();
    m_size = 0;
    m_cap = textCapFor(name);
    m_keep = m_cap >= 0;
    return {};
}

Result<void> PackContentSink::data(const char *bytes, qsizetype size)
{
    if (m_next) {
        if (auto r = m_next->data(bytes, size); !r)
            return r;
    }
    m_hash.addData(QByteArrayView(bytes, size));
    m_size += size;
    m_bytesSeen += size;
    if (m_keep) {
        if (m_size > m_cap) {
            // The manifest is needed whole; any other file over its cap is kept by path
            // only and judged later against the outline (checkTextLimits).
            if (m_name == kManifestName)
                return Error::invalid(QStringLiteral("archive.manifest-too-large"),
                                      tr("pack.json is larger than the %1 MiB allowed.")
                                          .arg(kMaxManifestBytes >> 20));
            m_keep = false;
            m_text.clear();
            m_text.squeeze();
            m_oversized.insert(m_name);
        } else {
            m_text.append(bytes, size);
        }
    }
    return {};
}

Result<void> PackContentSink::endEntry()
{
    if (m_next) {
        if (auto r = m_next->endEntry(); !r)
            return r;
    }
    if (m_keep)
        m_files.insert(m_name, m_text);
    else
        m_files.insertPathOnly(m_name);
    if (m_name != kManifestName)
        m_actual.insert(m_name, packformat::FileEntry{m_name, m_hash.result().toHex(), m_size});
    m_text = QByteArray();
    m_name.clear();
    return {};
}

Result<void> PackContentSink::checkTextLimits(const packformat::Manifest &manifest) const
{
    for (const auto &item : manifest.items()) {
        if (!m_oversized.contains(item.file))
            continue;
        const bool lesson = item.kind == packformat::ItemKind::Lesson;
        const qint64 capMiB = (lesson ? kMaxLessonBytes : kMaxManifestBytes) >> 20;
        const QString message =
            lesson ? tr("The lesson %1 is larger than the %2 MiB allowed for a lesson.")
                   : tr("The quiz %1 is larger than the %2 MiB allowed for a quiz.");
        return Error::invalid(QStringLiteral("archive.text-too-large"),
                              message.arg(item.file).arg(capMiB));
    }
    return {};
}

} // namespace oht::packio
