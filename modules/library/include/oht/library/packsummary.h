#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace oht::library {

/// One installed pack as the library lists it.
struct PackSummary
{
    QString id;
    QString version;
    QString title;
    QString description;
    QString language;
    QString license;
    QStringList authors; ///< names
    QStringList tags;
    QDate created;
    QDate reviewBy;
    qint64 sizeBytes = 0; ///< sum of the pack's file sizes
    int lessonCount = 0;
    int quizCount = 0;
    QDateTime installedAt; ///< UTC, first install
    QDateTime updatedAt;   ///< UTC, last import that changed it
};

} // namespace oht::library
