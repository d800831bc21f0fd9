#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace oht::quiz {

/// A learner's answer to one question. Which members matter depends on the
/// question type; the others stay empty. Serialised to JSON for attempts on disk.
struct Response
{
    QStringList choices;             ///< single, multiple: chosen option ids
    std::optional<bool> truth;       ///< truefalse
    std::optional<double> number;    ///< numeric
    QString text;                    ///< text
    QStringList order;               ///< ordering: item ids in the learner's order
    QHash<QString, QString> matches; ///< matching: pair id of a left -> pair id of the chosen right

    /// True when the learner has given nothing at all.
    bool isEmpty() const;

    QJsonObject toJson() const;
    static Response fromJson(const QJsonObject &json);

    bool operator==(const Response &other) const = default;
};

} // namespace oht::quiz
