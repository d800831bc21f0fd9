#pragma once

#include <QChar>

namespace oht::library {

/// Private-use characters that snippet() puts around matches; after HTML-escaping they
/// become <mark> and </mark>. Indexed text never contains them (indexableText()).
inline constexpr QChar kMatchStart(0xE000);
inline constexpr QChar kMatchEnd(0xE001);

} // namespace oht::library
