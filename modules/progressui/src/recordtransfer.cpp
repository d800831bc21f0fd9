#include "oht/progressui/recordtransfer.h"

#include "oht/progress/csvexporter.h"
#include "oht/progress/xapiexporter.h"
#include "oht/progress/xapiimporter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSaveFile>

namespace oht::progressui {

namespace {

QString nameOf(const QString &path)
{
    return QFileInfo(path).fileName();
}

Result<void> writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Error::io(
            QStringLiteral("progressui.export-write"),
            RecordTransfer::tr("Could not save “%1”: %2").arg(nameOf(path), file.errorString()));
    }
    return {};
}

} // namespace

RecordTransfer::RecordTransfer(progress::ProgressDatabase &db) : m_db(db) {}

Result<int> RecordTransfer::exportXapi(qint64 profileId, const QString &path) const
{
    progress::XapiExporter exporter(m_db);
    auto statements = exporter.statements(profileId);
    if (!statements)
        return statements.error();
    const QByteArray json = QJsonDocument(*statements).toJson(QJsonDocument::Indented);
    if (auto written = writeFile(path, json); !written)
        return written.error();
    return static_cast<int>(statements->size());
}

Result<void> RecordTransfer::exportCsv(qint64 profileId, const QString &path) const
{
    auto csv = progress::CsvExporter(m_db).exportCsv(profileId);
    if (!csv)
        return csv.error();
    return writeFile(path, *csv);
}

Result<progress::MergeReport> RecordTransfer::importXapi(qint64 profileId, const QString &path)
{
    QFile file(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        return Error::io(QStringLiteral("progressui.import-missing"),
                         tr("“%1” does not exist.").arg(nameOf(path)));
    }
    if (info.isDir()) {
        return Error::invalid(
            QStringLiteral("progressui.import-folder"),
            tr("“%1” is a folder, not a learning record file.").arg(nameOf(path)));
    }
    // Checked before reading, so a huge file is refused without filling the memory.
    if (info.size() > progress::XapiImporter::kMaxBytes) {
        return Error::invalid(
            QStringLiteral("progressui.import-too-large"),
            tr("“%1” is too large (%2) to be a learning record; the limit is %3.")
                .arg(nameOf(path), QLocale().formattedDataSize(info.size()),
                     QLocale().formattedDataSize(progress::XapiImporter::kMaxBytes)));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::io(QStringLiteral("progressui.import-read"),
                         tr("Could not open “%1”: %2").arg(nameOf(path), file.errorString()));
    }
    const QByteArray bytes = file.readAll();
    if (bytes.trimmed().isEmpty()) {
        return Error::invalid(
            QStringLiteral("progressui.import-empty"),
            tr("“%1” is empty: there is no learning record in it.").arg(nameOf(path)));
    }
    auto report = progress::XapiImporter(m_db).importJson(profileId, bytes);
    if (!report) {
        Error error = report.error();
        error.message =
            tr("“%1” was not imported; nothing was changed. %2").arg(nameOf(path), error.message);
        return error;
    }
    return report;
}

QString RecordTransfer::suggestedFileName(const QString &prefix, const QString &name,
                                          const QString &extension, const QDate &date)
{
    // Letters and digits of any script are fine in file names; everything else becomes '-'.
    QString part = name.toLower();
    part.replace(QRegularExpression(QStringLiteral("[^\\p{L}\\p{N}]+")), QStringLiteral("-"));
    part = part.mid(0, 40);
    while (part.startsWith(QLatin1Char('-')))
        part.remove(0, 1);
    while (part.endsWith(QLatin1Char('-')))
        part.chop(1);
    QString base = prefix;
    if (!part.isEmpty())
        base += QLatin1Char('-') + part;
    return base + QLatin1Char('-') + date.toString(Qt::ISODate) + QLatin1Char('.') + extension;
}

} // namespace oht::progressui
