#include "oht/catalogui/courseexporter.h"

#include "oht/library/library.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStandardPaths>

namespace oht::catalogui {

CourseExporter::CourseExporter(const library::Library &library) : m_library(library) {}

QString CourseExporter::suggestedFileName(const QString &packId) const
{
    const auto pack = m_library.pack(packId);
    QString base = pack ? QStringLiteral("%1-%2").arg(pack->title, pack->version) : packId;
    // FAT-formatted USB sticks refuse these characters.
    static const QRegularExpression unsafe(QStringLiteral(R"([<>:"/\\|?*\x00-\x1f])"));
    base.replace(unsafe, QStringLiteral("_"));
    return base.trimmed() + QStringLiteral(".ohtpack");
}

Result<QString> CourseExporter::exportTo(const QString &packId, const QString &path) const
{
    QString target = path;
    if (!target.endsWith(QStringLiteral(".ohtpack"), Qt::CaseInsensitive))
        target += QStringLiteral(".ohtpack");
    if (const auto exported = m_library.exportPack(packId, target); !exported)
        return exported.error();
    return target;
}

QString CourseExporter::exportWithDialog(const QString &packId, QWidget *parent) const
{
    const auto pack = m_library.pack(packId);
    if (!pack) {
        QMessageBox::warning(parent, tr("Course not exported"), pack.error().message);
        return {};
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(parent, tr("Export “%1”").arg(pack->title),
                                                      QDir(dir).filePath(suggestedFileName(packId)),
                                                      tr("Course packs (*.ohtpack)"));
    if (path.isEmpty())
        return {};
    const auto written = exportTo(packId, path);
    if (!written) {
        QMessageBox::warning(
            parent, tr("Course not exported"),
            tr("“%1” could not be exported: %2").arg(pack->title, written.error().message));
        return {};
    }
    QMessageBox::information(parent, tr("Course exported"),
                             tr("“%1” was saved to %2. Others can install it with File → Import "
                                "Course….")
                                 .arg(pack->title, QDir::toNativeSeparators(*written)));
    return *written;
}

} // namespace oht::catalogui
