#include "oht/core/semver.h"

#include <QRegularExpression>

namespace oht {

namespace {
// The official regular expression from semver.org, anchored.
const QRegularExpression &semverPattern()
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*))"
        R"((?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?)"
        R"((?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$)"));
    return re;
}

bool isNumeric(const QString &s)
{
    bool ok = false;
    s.toULongLong(&ok);
    return ok;
}
} // namespace

std::optional<SemVer> SemVer::parse(const QString &text)
{
    const auto m = semverPattern().match(text);
    if (!m.hasMatch())
        return std::nullopt;
    bool ok1 = false, ok2 = false, ok3 = false;
    SemVer v(m.captured(1).toInt(&ok1), m.captured(2).toInt(&ok2), m.captured(3).toInt(&ok3));
    if (!ok1 || !ok2 || !ok3) // components beyond int range
        return std::nullopt;
    if (m.hasCaptured(4) && !m.captured(4).isEmpty())
        v.m_preRelease = m.captured(4).split(QLatin1Char('.'));
    v.m_build = m.captured(5);
    return v;
}

QString SemVer::toString() const
{
    QString s = QStringLiteral("%1.%2.%3").arg(m_major).arg(m_minor).arg(m_patch);
    if (!m_preRelease.isEmpty())
        s += QLatin1Char('-') + m_preRelease.join(QLatin1Char('.'));
    if (!m_build.isEmpty())
        s += QLatin1Char('+') + m_build;
    return s;
}

std::strong_ordering SemVer::operator<=>(const SemVer &o) const
{
    if (auto c = m_major <=> o.m_major; c != 0)
        return c;
    if (auto c = m_minor <=> o.m_minor; c != 0)
        return c;
    if (auto c = m_patch <=> o.m_patch; c != 0)
        return c;
    // A release ranks above any of its pre-releases.
    if (m_preRelease.isEmpty() || o.m_preRelease.isEmpty())
        return o.m_preRelease.size() == m_preRelease.size()
                   ? std::strong_ordering::equal
                   : (m_preRelease.isEmpty() ? std::strong_ordering::greater
                                             : std::strong_ordering::less);
    for (qsizetype i = 0; i < qMin(m_preRelease.size(), o.m_preRelease.size()); ++i) {
        const QString &a = m_preRelease[i];
        const QString &b = o.m_preRelease[i];
        const bool an = isNumeric(a), bn = isNumeric(b);
        if (an && bn) {
            if (auto c = a.toULongLong() <=> b.toULongLong(); c != 0)
                return c;
        } else if (an != bn) {
            return an ? std::strong_ordering::less : std::strong_ordering::greater;
        } else if (const int c = QString::compare(a, b, Qt::CaseSensitive); c != 0) {
            return c < 0 ? std::strong_ordering::less : std::strong_ordering::greater;
        }
    }
    return m_preRelease.size() <=> o.m_preRelease.size();
}

} // namespace oht
