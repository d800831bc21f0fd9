#include "oht/catalogui/displaytext.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>

namespace oht::catalogui {

QString DisplayText::size(qint64 bytes)
{
    // Decimal units, as download sizes are usually given.
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString DisplayText::language(const QString &code)
{
    const QLocale locale(code);
    // QLocale falls back to "C" for a code it does not know: show the code then.
    if (code.isEmpty() || locale.language() == QLocale::C)
        return code;
    return QStringLiteral("%1 (%2)").arg(QLocale::languageToString(locale.language()), code);
}

QString DisplayText::availability(catalog::PackAvailability availability)
{
    using catalog::PackAvailability;
    switch (availability) {
    case PackAvailability::Installed:
        return tr("Installed");
    case PackAvailability::UpdateAvailable:
        return tr("Update available");
    case PackAvailability::NewerInstalled:
        return tr("Newer version installed");
    case PackAvailability::NotInstalled:
        break;
    }
    return tr("Not installed");
}

QString DisplayText::state(catalog::DownloadState state)
{
    using catalog::DownloadState;
    switch (state) {
    case DownloadState::Queued:
        return tr("Waiting");
    case DownloadState::WaitingForUnmetered:
        return tr("Waiting for a connection that is not metered");
    case DownloadState::Downloading:
        return tr("Downloading");
    case DownloadState::Paused:
        return tr("Paused");
    case DownloadState::Verifying:
        return tr("Checking");
    case DownloadState::Finished:
        return tr("Downloaded");
    case DownloadState::Failed:
        return tr("Failed");
    case DownloadState::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

QString DisplayText::reason(const QString &errorCode)
{
    const auto is = [&errorCode](std::initializer_list<const char *> codes) {
        return std::any_of(codes.begin(), codes.end(), [&errorCode](const char *code) {
            return errorCode == QLatin1String(code);
        });
    };
    if (is({"catalog.download-interrupted"}))
        return tr("connection lost");
    if (is({"catalog.no-network"}))
        return tr("no network");
    if (is({"catalog.download-refused", "catalog.download-unusable"}))
        return tr("the server refused it");
    if (is({"catalog.download-too-large", "catalog.hash-mismatch", "catalog.size-mismatch"}))
        return tr("damaged file");
    if (is({"catalog.download-write-failed", "catalog.download-unreadable",
            "catalog.pack-unreadable"}))
        return tr("disk error");
    if (is({"catalog.bad-signature", "catalog.unknown-key", "catalog.unsigned",
            "catalog.unsupported-algorithm"}))
        return tr("signature not trusted");
    if (is({"catalog.downgrade"}))
        return tr("older than the installed version");
    if (is({"catalog.invalid-pack", "catalog.entry-mismatch"}))
        return tr("not a valid course");
    return tr("see Downloads");
}

QString DisplayText::remaining(int seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 60)
        return tr("Less than a minute left");
    const int minutes = (seconds + 59) / 60;
    if (minutes < 120)
        return tr("About %n minute(s) left", nullptr, minutes);
    return tr("About %n hour(s) left", nullptr, (minutes + 59) / 60);
}

QString DisplayText::progress(qint64 received, qint64 total)
{
    return tr("%1 of %2").arg(size(received), size(total));
}

QString DisplayText::changes(const packio::PackChanges &changes)
{
    const QString line = tr("%1: %2 added, %3 changed, %4 removed");
    auto count = [](const auto &list) { return QString::number(list.size()); };
    return QStringList{line.arg(tr("Lessons"), count(changes.addedLessons),
                                count(changes.changedLessons), count(changes.removedLessons)),
                       line.arg(tr("Quizzes"), count(changes.addedQuizzes),
                                count(changes.changedQuizzes), count(changes.removedQuizzes)),
                       line.arg(tr("Questions"), count(changes.addedQuestions),
                                count(changes.changedQuestions), count(changes.removedQuestions))}
        .join(u'\n');
}

} // namespace oht::catalogui
