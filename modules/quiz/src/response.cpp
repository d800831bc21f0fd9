#include "oht/quiz/response.h"

#include <QJsonArray>

namespace oht::quiz {

bool Response::isEmpty() const
{
    return choices.isEmpty() && !truth && !number && text.trimmed().isEmpty() && order.isEmpty() &&
           matches.isEmpty();
}

QJsonObject Response::toJson() const
{
    QJsonObject o;
    if (!choices.isEmpty())
        o.insert(QStringLiteral("choices"), QJsonArray::fromStringList(choices));
    if (truth)
        o.insert(QStringLiteral("truth"), *truth);
    if (number)
        o.insert(QStringLiteral("number"), *number);
    if (!text.isEmpty())
        o.insert(QStringLiteral("text"), text);
    if (!order.isEmpty())
        o.insert(QStringLiteral("order"), QJsonArray::fromStringList(order));
    if (!matches.isEmpty()) {
        QJsonObject m;
        for (auto it = matches.cbegin(); it != matches.cend(); ++it)
            m.insert(it.key(), it.value());
        o.insert(QStringLiteral("matches"), m);
    }
    return o;
}

namespace {
QStringList stringList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &e : v.toArray())
        if (e.isString())
            out.append(e.toString());
    return out;
}
} // namespace

Response Response::fromJson(const QJsonObject &o)
{
    Response r;
    r.choices = stringList(o.value(QStringLiteral("choices")));
    if (o.value(QStringLiteral("truth")).isBool())
        r.truth = o.value(QStringLiteral("truth")).toBool();
    if (o.value(QStringLiteral("number")).isDouble())
        r.number = o.value(QStringLiteral("number")).toDouble();
    r.text = o.value(QStringLiteral("text")).toString();
    r.order = stringList(o.value(QStringLiteral("order")));
    const QJsonObject m = o.value(QStringLiteral("matches")).toObject();
    for (auto it = m.constBegin(); it != m.constEnd(); ++it)
        if (it.value().isString())
            r.matches.insert(it.key(), it.value().toString());
    return r;
}

} // namespace oht::quiz
