#include "tempdatadir.h"

namespace oht::test {

TempDataDir::TempDataDir() : m_dir(QDir::tempPath() + QStringLiteral("/oht-test-XXXXXX")) {}

} // namespace oht::test
