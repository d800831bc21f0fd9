#include "entrychecker.h"

#include "oht/core/packpath.h"

#include <QCoreApplication>
#include <QStringList>
#include <archive_entry.h>

namespace oht::archive::detail {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("oht::archive::ZipReader", text);
}

Error refuse(const char *code, const QString &message)
{
    return Error::invalid(QString::fromLatin1(code), message);
}

bool isControl(QChar c)
{
    return c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Control;
}

QString typeName(unsigned type)
{
    switch (type) {
    case AE_IFLNK:
        return tr("symbolic link");
    case AE_IFCHR:
    case AE_IFBLK:
        return tr("device");
    case AE_IFIFO:
        return tr("named pipe");
    case AE_IFSOCK:
        return tr("socket");
    default:
        return tr("special file");
    }
}

// Parent folders of "a/b/c.md" (or of the key of it): "a", "a/b".
QStringList parentsOf(const QString &path)
{
    QStringList parents;
    qsizetype slash = path.indexOf(QLatin1Char('/'));
    while (slash > 0) {
        parents.append(path.left(slash));
        slash = path.indexOf(QLatin1Char('/'), slash + 1);
    }
    return parents;
}

} // namespace

QString EntryChecker::displayName(const QString &name)
{
    constexpr qsizetype kMaxShown = 200;
    QString shown;
    for (const QChar c : name.left(kMaxShown)) {
        if (isControl(c))
            shown += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            shown += c;
    }
    if (name.size() > kMaxShown)
        shown += QChar(0x2026);
    return shown;
}

Result<bool> EntryChecker::check(const RawHeader &header)
{
    if (++m_count > m_limits.maxEntries)
        return refuse("archive.too-many-entries",
                      tr("The archive has more than %1 entries (entry \"%2\" is one too many).")
                          .arg(m_limits.maxEntries)
                          .arg(displayName(header.nameDecoded ? header.name : header.lossyName)));
    if (!header.nameDecoded)
        return refuse("archive.bad-name-encoding",
                      tr("Entry #%1 has a name that is not valid UTF-8 (\"%2\").")
                          .arg(header.index)
                          .arg(displayName(header.lossyName)));
    if (auto ok = checkName(header.name); !ok)
        return ok.error();
    if (auto ok = checkFileType(header); !ok)
        return ok.error();
    const QString shown = displayName(header.name);
    if (header.encrypted)
        return refuse("archive.encrypted", tr("Entry \"%1\" is encrypted.").arg(shown));
    // Inconsistent local and central headers, unconvertible names and the like: a pack
    // built by ohtpack never has them, so they mean damage or tampering.
    if (header.headerWarning)
        return refuse(
            "archive.corrupt",
            tr("The archive is damaged at entry \"%1\" (%2).").arg(shown, header.warningText));
    if (header.fileType == AE_IFDIR) {
        if (auto ok = rememberDirectory(header.name); !ok)
            return ok.error();
        return false;
    }
    if (!header.supportedMethod)
        return refuse(
            "archive.unsupported-compression",
            tr("Entry \"%1\" uses the compression method \"%2\"; packs use deflate or none.")
                .arg(shown, header.method));
    if (auto ok = rememberFile(header.name); !ok)
        return ok.error();
    return true;
}

// The specific rules come first so each refusal carries its own code; isSafePackPath
// (shared with the source-folder validator) has the last word on everything else.
Result<void> EntryChecker::checkName(const QString &name) const
{
    const QString shown = displayName(name);
    for (const QChar c : name) {
        if (isControl(c))
            return refuse("archive.control-char",
                          tr("Entry \"%1\" has a control character in its name.").arg(shown));
        if (c == QChar::ReplacementCharacter)
            return refuse("archive.bad-name-encoding",
                          tr("Entry \"%1\" has a name that is not valid UTF-8.").arg(shown));
    }
    if (name.contains(QLatin1Char('\\')))
        return refuse(
            "archive.backslash",
            tr("Entry \"%1\" has a backslash in its name; pack paths use \"/\".").arg(shown));
    if (name.startsWith(QLatin1Char('/')))
        return refuse("archive.absolute-path", tr("Entry \"%1\" has an absolute path.").arg(shown));
    if (name.size() >= 2 && name[1] == QLatin1Char(':') && name[0].isLetter())
        return refuse("archive.drive-letter",
                      tr("Entry \"%1\" starts with a drive letter.").arg(shown));
    if (name.split(QLatin1Char('/')).contains(QStringLiteral("..")))
        return refuse("archive.path-traversal",
                      tr("Entry \"%1\" points outside the pack (\"..\").").arg(shown));
    QString reason;
    if (!isSafePackPath(name, &reason))
        return refuse("archive.unsafe-path",
                      tr("Entry \"%1\" has an unsafe name: %2.").arg(shown, reason));
    return {};
}

Result<void> EntryChecker::checkFileType(const RawHeader &header) const
{
    const QString shown = displayName(header.name);
    // Zip cannot express hard links, but libarchive's entry API can: check it anyway.
    if (header.hasHardlink)
        return refuse("archive.not-regular",
                      tr("Entry \"%1\" is a hard link, not a regular file.").arg(shown));
    if (header.fileType != AE_IFREG && header.fileType != AE_IFDIR)
        return refuse(
            "archive.not-regular",
            tr("Entry \"%1\" is a %2, not a regular file.").arg(shown, typeName(header.fileType)));
    return {};
}

Result<void> EntryChecker::rememberFile(const QString &name)
{
    const QString shown = displayName(name);
    if (m_fileNames.contains(name))
        return refuse("archive.duplicate",
                      tr("Entry \"%1\" appears more than once in the archive.").arg(shown));
    const QString key = packPathCollisionKey(name);
    if (const auto it = m_fileKeys.constFind(key); it != m_fileKeys.cend())
        return refuse("archive.name-collision",
                      tr("Entries \"%1\" and \"%2\" differ only by letter case or Unicode "
                         "normalisation.")
                          .arg(displayName(*it), shown));
    if (const auto it = m_dirKeys.constFind(key); it != m_dirKeys.cend())
        return refuse("archive.name-collision",
                      tr("Entry \"%1\" is a file, but \"%2\" uses it as a folder.")
                          .arg(shown, displayName(*it)));
    for (const QString &parent : parentsOf(key)) {
        if (const auto it = m_fileKeys.constFind(parent); it != m_fileKeys.cend())
            return refuse(
                "archive.name-collision",
                tr("Entry \"%1\" is inside \"%2\", which is a file.").arg(shown, displayName(*it)));
        m_dirKeys.insert(parent, name);
    }
    m_fileNames.insert(name);
    m_fileKeys.insert(key, name);
    return {};
}

Result<void> EntryChecker::rememberDirectory(const QString &name)
{
    QString key = packPathCollisionKey(name);
    if (key.endsWith(QLatin1Char('/')))
        key.chop(1);
    const QStringList folders = parentsOf(key) << key;
    for (const QString &folder : folders) {
        if (const auto it = m_fileKeys.constFind(folder); it != m_fileKeys.cend())
            return refuse("archive.name-collision",
                          tr("Folder entry \"%1\" has the name of the file \"%2\".")
                              .arg(displayName(name), displayName(*it)));
        m_dirKeys.insert(folder, name);
    }
    return {};
}

} // namespace oht::archive::detail
