#pragma once

#include "oht/core/result.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace oht::library {
class Library;
}

namespace oht::catalogui {

/// "Export Course…": writes an installed course back to a .ohtpack (byte-identical to the
/// published pack, so its signature stays valid) to share on a USB stick.
class CourseExporter
{
    Q_DECLARE_TR_FUNCTIONS(oht::catalogui::CourseExporter)

public:
    explicit CourseExporter(const library::Library &library);

    /// Asks where to save, exports, and reports the result in a message box. Returns the
    /// written path, or empty when cancelled or failed.
    QString exportWithDialog(const QString &packId, QWidget *parent) const;
    /// Exports to `path` (".ohtpack" is appended when missing); the path written.
    Result<QString> exportTo(const QString &packId, const QString &path) const;
    /// "<title>-<version>.ohtpack" with characters file systems refuse replaced.
    QString suggestedFileName(const QString &packId) const;

private:
    const library::Library &m_library;
};

} // namespace oht::catalogui
