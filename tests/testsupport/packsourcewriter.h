#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace oht::test {

/// Writes a pack source folder for a test: a valid minimal manifest (one module with
/// one Markdown lesson and one quiz) that a test can then change, plus any files.
class PackSourceWriter
{
public:
    PackSourceWriter(QString packId = QStringLiteral("org.example.test"),
                     QString version = QStringLiteral("1.0.0"));

    QJsonObject &manifest() { return m_manifest; }
    void setFile(const QString &path, const QByteArray &contents) { m_files[path] = contents; }
    void removeFile(const QString &path) { m_files.remove(path); }

    /// Writes pack.json and every file under `dir` (created if needed).
    bool writeTo(const QString &dir) const;

    static QByteArray minimalQuiz();

private:
    QJsonObject m_manifest;
    QMap<QString, QByteArray> m_files;
};

} // namespace oht::test
