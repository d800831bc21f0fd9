#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace oht::progress {

/// One learner on this computer.
struct Profile
{
    qint64 id = 0; ///< local row id, what the stores take
    QUuid uuid;    ///< stable across machines: the xAPI actor's account name
    QString name;  ///< as the learner typed it (trimmed)
    bool hasPin = false;
    QDateTime createdAt; ///< UTC
};

} // namespace oht::progress
