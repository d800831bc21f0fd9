#include "oht/packio/packinspector.h"

#include "oht/archive/zipreader.h"
#include "oht/packformat/packfiles.h"
#include "oht/packio/packcontentsink.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace oht::packio {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("oht::packio::PackInspector", text);
}

} // namespace

PackInspector::PackInspector(QDate today, archive::Limits limits, packformat::Checks checks)
    : m_today(today), m_limits(limits), m_checks(checks)
{}

Result<packformat::ValidationResult> PackInspector::inspect(const QString &path) const
{
    const QFileInfo info(path);
    const packformat::PackValidator validator(m_today, m_checks);
    if (info.isDir())
        return validator.validate(packformat::FolderPackFiles(path));
    if (!info.isFile())
        return Error::invalid(QStringLiteral("packio.not-found"),
                              tr("%1 is neither a pack file nor a folder.").arg(path));

    archive::ZipReader reader(path, m_limits);
    const auto entries = reader.scan();
    if (!entries)
        return entries.error();
    const bool hasManifest = std::any_of(entries->cbegin(), entries->cend(), [](const auto &e) {
        return e.name == QLatin1String("pack.json");
    });
    if (!hasManifest)
        return Error::invalid(QStringLiteral("archive.missing-manifest"),
                              tr("%1 has no pack.json at its root.").arg(info.fileName()));

    PackContentSink sink;
    if (auto r = reader.extract(sink); !r)
        return r.error();
    packformat::ValidationResult result = validator.validateBuilt(sink.files(), sink.actual());
    if (result.manifest) {
        if (auto r = sink.checkTextLimits(*result.manifest); !r)
            return r.error();
    }
    return result;
}

} // namespace oht::packio
