#include "oht/packformat/packvalidator.h"

#include "validationrun.h"

namespace oht::packformat {

PackValidator::PackValidator(QDate today) : m_today(today) {}

ValidationResult PackValidator::validate(const PackFiles &files) const
{
    return detail::ValidationRun(files, m_today, ManifestKind::Source, nullptr).run();
}

ValidationResult PackValidator::validateBuilt(const PackFiles &files,
                                              const QHash<QString, FileEntry> &actual) const
{
    return detail::ValidationRun(files, m_today, ManifestKind::Built, &actual).run();
}

} // namespace oht::packformat
