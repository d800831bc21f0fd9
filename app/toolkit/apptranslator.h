#pragma once

#include <QString>
#include <QStringList>
#include <QTranslator>

class QCoreApplication;

namespace oht::toolkit {

/// Loads the app's translation and Qt's own (standard buttons, dialogs) for the
/// system's UI languages, and installs them for the application's lifetime.
class AppTranslator
{
public:
    explicit AppTranslator(QCoreApplication &app);

    /// Where the app's `oht_<lang>.qm` files are looked for, first match wins: the
    /// installed `<prefix>/share/oht-toolkit/translations` (and a macOS bundle's
    /// `Contents/Resources/translations`), so an installed translation can be updated
    /// without a rebuild, then the copy compiled into the binary (`:/i18n`), which is
    /// what a build tree uses.
    static QStringList searchDirs(const QString &applicationDir);

    /// The app translation file in use ("" when the UI language has none).
    QString appTranslationFile() const { return m_app.filePath(); }

private:
    QTranslator m_qt;
    QTranslator m_app;
};

} // namespace oht::toolkit
