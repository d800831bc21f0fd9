#pragma once

#include <QObject>
#include <QStringList>

namespace oht::ui {

/// Course packs opened from the desktop while the app runs or starts. macOS does not
/// pass a double-clicked `.ohtpack` (or one dropped on the Dock icon) as an argument: it
/// sends a QFileOpenEvent to the application object. Installed on the application, this
/// turns each such event for a course pack into packFilesOpened(); other files are left
/// to Qt. Elsewhere the desktop passes files as arguments and this never fires.
class FileOpenFilter : public QObject
{
    Q_OBJECT
public:
    explicit FileOpenFilter(QObject *parent = nullptr);

signals:
    void packFilesOpened(const QStringList &files);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace oht::ui
