#include "oht/web/renderingmode.h"

namespace oht::web {

namespace {

const QString kHardware = QStringLiteral("OHT_HARDWARE_RENDERING");
const QString kQuickBackend = QStringLiteral("QT_QUICK_BACKEND");
const QString kChromiumFlags = QStringLiteral("QTWEBENGINE_CHROMIUM_FLAGS");

} // namespace

RenderingMode RenderingMode::choose(const QProcessEnvironment &environment)
{
    RenderingMode mode;
    const QString hardware = environment.value(kHardware).trimmed();
    if (!hardware.isEmpty() && hardware != QLatin1String("0"))
        return mode;
    mode.software = true;
    if (!environment.contains(kQuickBackend))
        mode.quickBackend = QByteArrayLiteral("software");
    const QString flags = environment.value(kChromiumFlags).trimmed();
    if (!flags.split(QLatin1Char(' '), Qt::SkipEmptyParts).contains(QLatin1String("--disable-gpu")))
        mode.chromiumFlags = (flags.isEmpty() ? QString() : flags + QLatin1Char(' ')).toUtf8() +
                             QByteArrayLiteral("--disable-gpu");
    return mode;
}

RenderingMode RenderingMode::applyToProcess()
{
    const RenderingMode mode = choose(QProcessEnvironment::systemEnvironment());
    if (!mode.quickBackend.isEmpty())
        qputenv("QT_QUICK_BACKEND", mode.quickBackend);
    if (!mode.chromiumFlags.isEmpty())
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS", mode.chromiumFlags);
    return mode;
}

} // namespace oht::web
