#include "apptranslator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace oht::toolkit {

AppTranslator::AppTranslator(QCoreApplication &app)
{
    const QLocale locale;
    if (m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(&m_qt);
    // Compiled into the binary by qt_add_translations (prefix /i18n).
    if (m_app.load(locale, QStringLiteral("oht"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        app.installTranslator(&m_app);
    // The layout direction follows Qt's own translation (QT_LAYOUT_DIRECTION) or -reverse.
}

} // namespace oht::toolkit
