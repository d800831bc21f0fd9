#include "oht/packformat/packvalidator.h"

#include "validationrun.h"

namespace oht::packformat {

PackValidator::PackValidator(QDate today, Checks checks) : m_today(today), m_checks(checks) {}

ValidationResult PackValidator::validate(const PackFiles &files) const
{
    return detail::ValidationRun(files, m_today, ManifestKind::Source, nullptr, m_checks).run();
}

ValidationResult PackValidator::validateBuilt(const PackFiles &files,
                                              const QHash<QString, FileEntry> &actual) const
{
    return detail::ValidationRun(files, m_today, ManifestKind::Built, &actual, m_checks).run();
}

} // namespace oht::packformat
