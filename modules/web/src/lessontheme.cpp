#include "oht/web/lessontheme.h"

namespace oht::web {

LessonTheme themeForPalette(const QPalette &palette)
{
    // Lightness of the window background decides, as the system themes do.
    return palette.color(QPalette::Window).lightness() < 128 ? LessonTheme::Dark
                                                             : LessonTheme::Light;
}

} // namespace oht::web
