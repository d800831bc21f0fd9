#pragma once

#include "oht/packio/packbuilder.h"
#include "packsourcewriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace oht::test {

/// Builds `source` into `<dir>/<name>.ohtpack` with the real builder; empty on failure.
inline QString buildPack(const PackSourceWriter &source, const QString &dir, const QString &name)
{
    const QString src = dir + "/src-" + name;
    QDir(src).removeRecursively();
    if (!source.writeTo(src))
        return {};
    const QString out = dir + "/" + name + ".ohtpack";
    packio::BuildReport report;
    const auto result = packio::PackBuilder(QDate(2026, 6, 1)).build(src, out, report);
    if (!result) {
        qWarning() << "build failed:" << result.error().message;
        for (const auto &f : report.findings)
            qWarning() << f.code << f.file << f.message;
        return {};
    }
    return out;
}

/// Every row of every table (FTS shadow tables included) and the schema version, as
/// sorted text: two dumps are equal exactly when the database content is.
inline QString dumpDatabase(const QString &dataDir)
{
    const QString name = QStringLiteral("test-dump");
    QStringList lines;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", name);
        db.setDatabaseName(dataDir + "/library.sqlite");
        db.setConnectOptions("QSQLITE_OPEN_READONLY");
        if (!db.open())
            return QStringLiteral("cannot open");
        QSqlQuery version("PRAGMA user_version", db);
        version.next();
        lines << "user_version=" + version.value(0).toString();
        QStringList tables;
        QSqlQuery list("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", db);
        while (list.next())
            tables << list.value(0).toString();
        for (const QString &table : tables) {
            QSqlQuery rows(QStringLiteral("SELECT * FROM \"%1\"").arg(table), db);
            QStringList tableLines;
            while (rows.next()) {
                QStringList values;
                for (int i = 0; i < rows.record().count(); ++i) {
                    const QVariant v = rows.value(i);
                    values << (v.typeId() == QMetaType::QByteArray
                                   ? QString::fromLatin1(v.toByteArray().toHex())
                                   : v.toString());
                }
                tableLines << table + ": " + values.join('|');
            }
            tableLines.sort();
            lines << tableLines;
        }
    }
    QSqlDatabase::removeDatabase(name);
    return lines.join('\n');
}

inline QByteArray dumpChecksum(const QString &dataDir)
{
    return QCryptographicHash::hash(dumpDatabase(dataDir).toUtf8(), QCryptographicHash::Sha256)
        .toHex();
}

/// Paths of every file under `<dataDir>/<sub>`, relative and sorted.
inline QStringList filesUnder(const QString &dataDir, const QString &sub)
{
    QStringList files;
    const QDir root(dataDir + "/" + sub);
    QDirIterator it(root.path(), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        files << root.relativeFilePath(it.next());
    files.sort();
    return files;
}

/// The rows of the packed blob store (blobs.sqlite) as "sha256 size", sorted; empty when
/// the file does not exist yet.
inline QStringList packedBlobs(const QString &dataDir)
{
    const QString file = dataDir + "/blobs.sqlite";
    if (!QFileInfo::exists(file))
        return {};
    const QString name = QStringLiteral("test-packed");
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", name);
        db.setDatabaseName(file);
        db.setConnectOptions("QSQLITE_OPEN_READONLY");
        if (!db.open())
            return {QStringLiteral("cannot open")};
        QSqlQuery query("SELECT sha256, length(data) FROM blobs", db);
        while (query.next())
            rows << query.value(0).toString() + ' ' + query.value(1).toString();
    }
    QSqlDatabase::removeDatabase(name);
    rows.sort();
    return rows;
}

/// Every stored blob, packed or a file, by hash: where a file is kept is the store's
/// business, that it is kept (once) is what the tests check.
inline QStringList storedBlobs(const QString &dataDir)
{
    QStringList hashes;
    for (const QString &row : packedBlobs(dataDir))
        hashes << row.section(' ', 0, 0);
    for (const QString &file : filesUnder(dataDir, "blobs"))
        hashes << file.section('/', -1);
    hashes.sort();
    return hashes;
}

/// What a failed import must leave exactly as it was.
struct LibraryState
{
    QString rows;
    QStringList blobs;
    QStringList packed;
    QStringList tmp;
    bool operator==(const LibraryState &) const = default;
};

inline LibraryState libraryState(const QString &dataDir)
{
    return {dumpDatabase(dataDir), filesUnder(dataDir, "blobs"), packedBlobs(dataDir),
            filesUnder(dataDir, "tmp")};
}

} // namespace oht::test
