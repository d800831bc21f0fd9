#pragma once

#include "oht/ui/readingpositionstore.h"

#include <QByteArray>
#include <QSettings>
#include <QString>

namespace oht::ui {

/// The app's remembered state, kept in `settings.ini` inside the data directory so that
/// each library (--data-dir) has its own: window geometry, text zoom, the last open
/// lesson and the reading position of every lesson.
class UiSettings : public ReadingPositionStore
{
public:
    explicit UiSettings(const QString &dataDir);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    /// 1.0 is 100 %.
    double zoomFactor() const;
    void setZoomFactor(double factor);

    /// Last opened course and item ("" when the learner was on the library).
    QString lastPackId() const;
    QString lastItemId() const;
    void setLastOpened(const QString &packId, const QString &itemId);

    double position(const QString &packId, const QString &itemId) const override;
    void setPosition(const QString &packId, const QString &itemId, double fraction) override;
    void forgetPack(const QString &packId) override;

    void sync();

private:
    static QString positionKey(const QString &packId, const QString &itemId);
    QSettings m_settings;
};

} // namespace oht::ui
