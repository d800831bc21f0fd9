#include "oht/progressui/progresspage.h"

#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>

// The file dialogs of ProgressPage, apart so tests (which answer through a PathChooser)
// and the page's layout code stay small.
namespace oht::progressui {

QString ProgressPage::askWithFileDialog(FileAction action, const QString &suggested)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString start = suggested.isEmpty() ? folder : QDir(folder).filePath(suggested);
    switch (action) {
    case FileAction::ExportXapi:
        return QFileDialog::getSaveFileName(this, tr("Export learning record (xAPI)"), start,
                                            tr("xAPI statements (*.json)"));
    case FileAction::ExportCsv:
        return QFileDialog::getSaveFileName(this, tr("Export learning record (CSV)"), start,
                                            tr("CSV files (*.csv)"));
    case FileAction::ImportXapi:
        return QFileDialog::getOpenFileName(this, tr("Import learning record"), start,
                                            tr("xAPI statements (*.json);;All files (*)"));
    case FileAction::SaveCertificate:
        return QFileDialog::getSaveFileName(this, tr("Save certificate"), start,
                                            tr("PDF documents (*.pdf)"));
    }
    return {};
}

} // namespace oht::progressui
