#include "oht/catalogui/sourceinput.h"

#include <QDir>
#include <QFileInfo>

namespace oht::catalogui {

namespace {

Result<catalog::CatalogSource> unlessListed(catalog::CatalogSource source,
                                            const QList<catalog::CatalogSource> &existing)
{
    for (const auto &other : existing) {
        if (other.documentUrl() == source.documentUrl())
            return Error::invalid(
                QStringLiteral("catalogui.duplicate"),
                SourceInput::tr("“%1” is already in the list of catalogs.").arg(other.name));
    }
    return source;
}

} // namespace

Result<catalog::CatalogSource> SourceInput::parse(const QString &text,
                                                  const QList<catalog::CatalogSource> &existing)
{
    const QString input = text.trimmed();
    if (input.isEmpty())
        return Error::invalid(
            QStringLiteral("catalogui.empty"),
            tr("Type the web address of a catalog (https://…) or choose a folder."));
    // A path typed by hand (a mounted USB stick) is a folder, not a relative URL.
    if (input.startsWith(u'/') || input.startsWith(u'~') || QFileInfo(input).isAbsolute())
        return folder(input, existing);
    const QUrl url = QUrl::fromUserInput(input);
    if (url.isLocalFile())
        return folder(url.toLocalFile(), existing);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http" && scheme != u"https"))
        return Error::invalid(
            QStringLiteral("catalogui.bad-scheme"),
            tr("“%1” is not a web address. A catalog is a web address starting with "
               "http:// or https://, or a folder.")
                .arg(input));
    if (url.host().isEmpty())
        return Error::invalid(QStringLiteral("catalogui.no-host"),
                              tr("The web address “%1” has no server name.").arg(input));
    if (!url.userInfo().isEmpty())
        return Error::invalid(QStringLiteral("catalogui.user-info"),
                              tr("Web addresses with a user name or password are not supported."));
    return unlessListed({url.host(), url}, existing);
}

Result<catalog::CatalogSource> SourceInput::folder(const QString &path,
                                                   const QList<catalog::CatalogSource> &existing)
{
    QString expanded = path.trimmed();
    if (expanded.startsWith(u'~'))
        expanded.replace(0, 1, QDir::homePath());
    const QFileInfo info(expanded);
    if (!info.exists())
        return Error::invalid(QStringLiteral("catalogui.no-folder"),
                              tr("The folder “%1” does not exist. Is the USB stick plugged in?")
                                  .arg(QDir::toNativeSeparators(expanded)));
    const QString dir = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
    if (!info.isDir() && info.fileName() != u"catalog.json")
        return Error::invalid(
            QStringLiteral("catalogui.not-catalog"),
            tr("“%1” is not a catalog. Choose the folder that holds catalog.json.")
                .arg(QDir::toNativeSeparators(expanded)));
    if (!QFileInfo(QDir(dir).filePath(QStringLiteral("catalog.json"))).isFile())
        return Error::invalid(
            QStringLiteral("catalogui.no-catalog-file"),
            tr("The folder “%1” has no catalog.json. Choose the folder that holds the "
               "catalog and its course packs.")
                .arg(QDir::toNativeSeparators(dir)));
    return unlessListed(catalog::CatalogSource::fromFolder(dir), existing);
}

} // namespace oht::catalogui
