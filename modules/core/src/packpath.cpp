#include "oht/core/packpath.h"

#include <QCoreApplication>
#include <QStringList>

namespace oht {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("oht::PackPath", text);
}
} // namespace

bool isSafePackPath(const QString &path, QString *reason)
{
    auto fail = [&](const QString &why) {
        if (reason)
            *reason = why;
        return false;
    };
    if (path.isEmpty())
        return fail(tr("empty path"));
    if (path.toUtf8().size() > 1024)
        return fail(tr("path \"%1\" is longer than 1024 bytes").arg(path.left(60)));
    for (const QChar c : path) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Control)
            return fail(tr("path \"%1\" contains a control character").arg(path));
        if (c.isSurrogate() && !c.isHighSurrogate() && !c.isLowSurrogate())
            return fail(tr("path \"%1\" is not valid UTF-8").arg(path));
        if (c == QChar::ReplacementCharacter)
            return fail(tr("path \"%1\" is not valid UTF-8").arg(path));
    }
    if (path.contains(QLatin1Char('\\')))
        return fail(tr("path \"%1\" contains a backslash").arg(path));
    if (path.startsWith(QLatin1Char('/')))
        return fail(tr("path \"%1\" is absolute").arg(path));
    if (path.size() >= 2 && path[1] == QLatin1Char(':') && path[0].isLetter())
        return fail(tr("path \"%1\" starts with a drive letter").arg(path));
    const QStringList segments = path.split(QLatin1Char('/'));
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &s = segments[i];
        if (s == QLatin1String(".."))
            return fail(tr("path \"%1\" contains a \"..\" segment").arg(path));
        if (s == QLatin1String("."))
            return fail(tr("path \"%1\" contains a \".\" segment").arg(path));
        // A trailing slash marks a directory entry; an empty inner segment is "a//b".
        if (s.isEmpty() && i != segments.size() - 1)
            return fail(tr("path \"%1\" contains an empty segment").arg(path));
        if (s.contains(QLatin1Char(':')))
            return fail(tr("path \"%1\" contains a colon, which Windows cannot store").arg(path));
    }
    return true;
}

QString packPathCollisionKey(const QString &path)
{
    return path.normalized(QString::NormalizationForm_C).toCaseFolded();
}

} // namespace oht
