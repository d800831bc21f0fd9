#include "oht/core/appinfo.h"

#include "oht/core/buildinfo.h"

namespace oht {

SemVer appVersion()
{
    return *SemVer::parse(QStringLiteral(OHT_APP_VERSION));
}

QString appVersionString()
{
    return QStringLiteral(OHT_APP_VERSION);
}

QString appLicense()
{
    return QStringLiteral(OHT_APP_LICENSE);
}

} // namespace oht
