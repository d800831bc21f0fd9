#pragma once

#include <QProcessEnvironment>

namespace oht::web {

/// How the lesson reader draws. Lessons are text, tables and pictures: software rendering
/// is plenty for them, keeps the graphics driver (and, under Mesa, its 30–40 MB LLVM
/// compiler) out of the app's memory, starts the first lesson faster, and avoids the blank
/// or flickering pages that old GPU drivers give Chromium on the laptops learners use.
///
/// `OHT_HARDWARE_RENDERING=1` keeps the GPU; a QT_QUICK_BACKEND the user set is respected,
/// and a QTWEBENGINE_CHROMIUM_FLAGS they set is kept (with --disable-gpu appended).
struct RenderingMode
{
    QByteArray quickBackend;  ///< value for QT_QUICK_BACKEND; empty: leave it alone
    QByteArray chromiumFlags; ///< value for QTWEBENGINE_CHROMIUM_FLAGS; empty: leave it
    bool software = false;

    /// Decides from an environment (pure, for tests).
    static RenderingMode choose(const QProcessEnvironment &environment);
    /// Applies choose(the process environment) to it. Must run before the QApplication
    /// is constructed (Qt Quick and QtWebEngine read these variables at start-up).
    static RenderingMode applyToProcess();
};

} // namespace oht::web
