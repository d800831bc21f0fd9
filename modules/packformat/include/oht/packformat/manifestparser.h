#pragma once

#include "oht/packformat/finding.h"
#include "oht/packformat/manifest.h"

#include <QByteArray>
#include <optional>

namespace oht::packformat {

/// Where a pack.json comes from. In a source folder the `files` list is ignored (without
/// findings) because `ohtpack build` replaces it; in a built pack it is required.
enum class ManifestKind { Source, Built };

/// Parses pack.json. Reports every problem it finds (syntax with line/column, missing
/// fields, wrong types, invalid values, unknown fields, duplicate ids) into `findings`
/// with positions located in the source text. Returns a manifest whenever the JSON is
/// syntactically valid and an object, even with errors, so callers can keep checking.
std::optional<Manifest> parseManifest(const QByteArray &json, const QString &fileName,
                                      Findings &findings, ManifestKind kind = ManifestKind::Built);

/// Serialises a manifest back to pack.json, stable key order, 2-space indentation.
/// Deterministic: the same manifest always gives the same bytes. `minAppVersion` is
/// written when it is not 0.0.0, `tags` and `files` when not empty.
QByteArray writeManifest(const Manifest &manifest);

} // namespace oht::packformat
