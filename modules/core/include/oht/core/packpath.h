#pragma once

#include <QString>

namespace oht {

/// Checks one pack-relative path ("lessons/intro.md") against the safety and
/// portability rules of docs/pack-format.md: valid UTF-8 already decoded, no empty,
/// '.' or '..' segments, not absolute, no backslash, no drive letter, no control
/// characters, not longer than 1024 bytes. On failure returns false and sets
/// `reason` to a translated explanation naming the path.
/// Shared by the archive reader and the source-folder validator so both apply one rule.
bool isSafePackPath(const QString &path, QString *reason = nullptr);

/// The key under which two paths collide on case-insensitive or
/// normalisation-insensitive file systems: NFC, then case-folded.
QString packPathCollisionKey(const QString &path);

} // namespace oht
