#include "entryfilesink.h"

#include <QCoreApplication>

namespace oht::catalog {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("oht::catalog::PackSigner", text);
}

} // namespace

EntryFileSink::EntryFileSink(QString folder, QString skip)
    : m_folder(std::move(folder)), m_skip(std::move(skip))
{}

Error EntryFileSink::writeError() const
{
    return Error::io(
        QStringLiteral("catalog.write-failed"),
        tr("Cannot write a temporary copy of %1: %2").arg(m_name, m_file.errorString()));
}

Result<void> EntryFileSink::beginEntry(const QString &name)
{
    m_name = name;
    if (name == m_skip)
        return {};
    m_file.setFileName(QStringLiteral("%1/%2").arg(m_folder).arg(m_files.size()));
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return writeError();
    return {};
}

Result<void> EntryFileSink::data(const char *bytes, qsizetype size)
{
    if (m_file.isOpen() && m_file.write(bytes, size) != size)
        return writeError();
    return {};
}

Result<void> EntryFileSink::endEntry()
{
    if (!m_file.isOpen())
        return {};
    const bool flushed = m_file.flush();
    m_file.close();
    if (!flushed)
        return writeError();
    m_files.insert(m_name, m_file.fileName());
    return {};
}

} // namespace oht::catalog
