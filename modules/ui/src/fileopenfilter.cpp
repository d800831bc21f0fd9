#include "oht/ui/fileopenfilter.h"

#include "oht/ui/importcontroller.h"

#include <QFileInfo>
#include <QFileOpenEvent>

namespace oht::ui {

FileOpenFilter::FileOpenFilter(QObject *parent) : QObject(parent) {}

bool FileOpenFilter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FileOpen) {
        const QString file = static_cast<QFileOpenEvent *>(event)->file();
        if (!file.isEmpty() && ImportController::isPackFile(file)) {
            emit packFilesOpened({QFileInfo(file).absoluteFilePath()});
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace oht::ui
