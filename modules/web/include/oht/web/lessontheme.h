#pragma once

#include <QPalette>

namespace oht::web {

/// Colour theme of the app lesson stylesheet. The served lesson document carries it
/// as `<html data-oht-theme="light|dark">`; the stylesheet also honours
/// `prefers-color-scheme` when the attribute is absent.
enum class LessonTheme { Light, Dark };

/// Dark when the palette's window colour is dark (follows the system theme).
LessonTheme themeForPalette(const QPalette &palette);

} // namespace oht::web
