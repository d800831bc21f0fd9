#pragma once

#include <QTranslator>

class QCoreApplication;

namespace oht::toolkit {

/// Loads the app's translation and Qt's own (standard buttons, dialogs) for the
/// system's UI languages, and installs them for the application's lifetime.
class AppTranslator
{
public:
    explicit AppTranslator(QCoreApplication &app);

private:
    QTranslator m_qt;
    QTranslator m_app;
};

} // namespace oht::toolkit
