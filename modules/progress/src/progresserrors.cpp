#include "progresserrors.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace oht::progress::Errors {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("oht::progress::Errors", text);
}

} // namespace

Error unknownProfile(qint64 profileId)
{
    return Error::invalid(QStringLiteral("progress.unknown-profile"),
                          tr("There is no learner profile %1.").arg(profileId));
}

Error unknownAttempt(const QString &attemptId)
{
    return Error::invalid(QStringLiteral("progress.unknown-attempt"),
                          tr("There is no quiz attempt %1 for this learner.").arg(attemptId));
}

Error badId(const QString &what, const QString &value)
{
    return Error::invalid(QStringLiteral("progress.bad-id"),
                          tr("\"%1\" is not a valid %2.").arg(value.left(80), what));
}

bool isPackId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9.-]{2,99}$"));
    return pattern.match(id).hasMatch();
}

bool isItemId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return pattern.match(id).hasMatch();
}

} // namespace oht::progress::Errors
