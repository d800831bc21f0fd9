#include "desktopurlrecorder.h"

#include <QDesktopServices>

namespace oht::test {

DesktopUrlRecorder::DesktopUrlRecorder(QStringList schemes) : m_schemes(std::move(schemes))
{
    for (const QString &scheme : std::as_const(m_schemes))
        QDesktopServices::setUrlHandler(scheme, this, "open");
}

DesktopUrlRecorder::~DesktopUrlRecorder()
{
    for (const QString &scheme : std::as_const(m_schemes))
        QDesktopServices::unsetUrlHandler(scheme);
}

void DesktopUrlRecorder::open(const QUrl &url)
{
    opened << url.toString();
}

} // namespace oht::test
