#pragma once

#include "oht/packformat/finding.h"
#include "oht/packformat/manifest.h"

#include <QByteArray>
#include <optional>

namespace oht::packformat {

/// Parses pack.json. Reports every problem it finds (syntax with line/column, missing
/// fields, wrong types, invalid values, unknown fields, duplicate ids) into `findings`
/// with positions located in the source text. Returns a manifest whenever the JSON is
/// syntactically valid and an object, even with errors, so callers can keep checking.
std::optional<Manifest> parseManifest(const QByteArray &json, const QString &fileName,
                                      Findings &findings);

/// Serialises a manifest back to pack.json, stable key order, 2-space indentation.
QByteArray writeManifest(const Manifest &manifest);

} // namespace oht::packformat
