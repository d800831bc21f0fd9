#include "apptranslator.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>

namespace oht::toolkit {

QStringList AppTranslator::searchDirs(const QString &applicationDir)
{
    const QDir bin(applicationDir);
    return {QDir::cleanPath(bin.filePath(QStringLiteral("../share/oht-toolkit/translations"))),
            QDir::cleanPath(bin.filePath(QStringLiteral("../Resources/translations"))),
            QStringLiteral(":/i18n")};
}

AppTranslator::AppTranslator(QCoreApplication &app)
{
    const QLocale locale;
    if (m_qt.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(&m_qt);
    // Compiled into the binary by qt_add_translations (prefix /i18n) and installed as
    // files by packaging/CMakeLists.txt.
    for (const QString &dir : searchDirs(QCoreApplication::applicationDirPath())) {
        if (m_app.load(locale, QStringLiteral("oht"), QStringLiteral("_"), dir)) {
            app.installTranslator(&m_app);
            break;
        }
    }
    // The layout direction follows Qt's own translation (QT_LAYOUT_DIRECTION) or -reverse.
}

} // namespace oht::toolkit
