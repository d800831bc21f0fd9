#pragma once

#include "oht/catalog/catalogentry.h"
#include "oht/core/result.h"

#include <QJsonObject>
#include <QUrl>

namespace oht::catalog {

/// One catalog entry as JSON, its URL written relative to `base`'s folder when it lies
/// inside it (absolute otherwise, and always when `base` is empty).
QJsonObject entryToJson(const CatalogEntry &entry, const QUrl &base = {});
/// Reads an entry written by entryToJson() with an absolute URL (download metadata).
Result<CatalogEntry> entryFromJson(const QJsonObject &object);

} // namespace oht::catalog
