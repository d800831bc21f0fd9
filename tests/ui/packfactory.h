#pragma once

#include <QString>

namespace oht::test {

/// Builds `.ohtpack` files for the UI tests with the real PackBuilder.
class PackFactory
{
public:
    explicit PackFactory(QString workDir) : m_workDir(std::move(workDir)) {}

    /// A course with two modules: lessons "intro", "details" (long enough to scroll,
    /// links to "summary"), "summary" and a quiz "check". Each lesson holds a word found
    /// nowhere else: "zanzibarite" (intro), "quokkamatic" (details).
    QString course(const QString &packId, const QString &title,
                   const QString &version = QStringLiteral("1.0.0"),
                   const QString &reviewBy = QStringLiteral("2099-01-01")) const;

    /// Builds a source folder (e.g. a bundled pack) into the work directory.
    QString fromSource(const QString &sourceDir, const QString &name) const;

    /// A copy of `pack` in which `entry` was changed after the build (its SHA-256 no
    /// longer matches the manifest).
    QString tampered(const QString &pack, const QString &entry, const QString &name) const;

    /// A file named .ohtpack that is not a zip at all.
    QString notAZip(const QString &name) const;

private:
    QString m_workDir;
};

} // namespace oht::test
