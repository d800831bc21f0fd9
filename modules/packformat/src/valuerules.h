#pragma once

#include <QDate>
#include <QString>
#include <optional>

// Value rules of docs/pack-format.md shared by the manifest and quiz parsers.
namespace oht::packformat::detail {

/// Pack id: 3–100 of a-z 0-9 . -, starting with a letter, and a valid host name
/// (dot-separated labels of at most 63 characters, none empty or starting/ending with '-').
bool isValidPackId(const QString &id);

/// Module, item, question and option ids: 1–64 of A-Z a-z 0-9 _ -.
bool isValidId(const QString &id);

/// BCP 47 syntax: language[-extlang][-script][-region][-variant]*[-extension]*[-x-private],
/// or a private-use tag, with a 2-3 letter language. Checks the shape, not the registry.
bool isValidLanguageTag(const QString &tag);

/// Strict ISO calendar date YYYY-MM-DD.
std::optional<QDate> parseIsoDate(const QString &text);

/// 64 lower-case hexadecimal characters.
bool isSha256Hex(const QString &text);

/// Number of Unicode code points (what a person would call characters).
qsizetype characterCount(const QString &text);

} // namespace oht::packformat::detail
