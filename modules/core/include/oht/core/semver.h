#pragma once

#include <QString>
#include <QStringList>
#include <compare>
#include <optional>

namespace oht {

/// Semantic version (https://semver.org 2.0.0): MAJOR.MINOR.PATCH[-PRERELEASE][+BUILD].
/// Ordering follows the spec: build metadata is ignored, a pre-release sorts before its release.
class SemVer
{
public:
    SemVer() = default;
    SemVer(int major, int minor, int patch) : m_major(major), m_minor(minor), m_patch(patch) {}

    /// Returns nullopt when `text` is not a valid semantic version.
    static std::optional<SemVer> parse(const QString &text);

    int major() const { return m_major; }
    int minor() const { return m_minor; }
    int patch() const { return m_patch; }
    QString toString() const;

    std::strong_ordering operator<=>(const SemVer &other) const;
    bool operator==(const SemVer &other) const { return (*this <=> other) == 0; }

private:
    int m_major = 0;
    int m_minor = 0;
    int m_patch = 0;
    QStringList m_preRelease;
    QString m_build;
};

} // namespace oht
