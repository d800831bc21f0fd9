#include "oht/packformat/manifestparser.h"

#include "manifestreader.h"

namespace oht::packformat {

std::optional<Manifest> parseManifest(const QByteArray &json, const QString &fileName,
                                      Findings &findings, ManifestKind kind)
{
    return detail::ManifestReader(json, fileName, findings, kind).read();
}

} // namespace oht::packformat
