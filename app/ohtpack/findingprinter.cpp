#include "findingprinter.h"

#include "console.h"

#include <QDir>
#include <QJsonValue>
#include <algorithm>

namespace oht::cli {

FindingPrinter::FindingPrinter(QString packPath, bool isFolder)
    : m_packPath(std::move(packPath)), m_isFolder(isFolder)
{}

QString FindingPrinter::line(const packformat::Finding &f) const
{
    QString location;
    if (f.file.isEmpty())
        location = m_packPath;
    else if (m_isFolder)
        location = QDir::cleanPath(m_packPath + QLatin1Char('/') + f.file);
    else
        location = f.file;
    if (f.line > 0) {
        location += QLatin1Char(':') + QString::number(f.line);
        if (f.column > 0)
            location += QLatin1Char(':') + QString::number(f.column);
    }
    const QString severity = severityName(f); // machine-read: not translated
    QString message = f.message;
    message.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return QStringLiteral("%1: %2: %3 [%4]").arg(location, severity, message, f.code);
}

QString FindingPrinter::summary(int errors, int warnings, int infos)
{
    const QString e = errors == 1 ? tr("1 error") : tr("%1 errors").arg(errors);
    const QString w = warnings == 1 ? tr("1 warning") : tr("%1 warnings").arg(warnings);
    if (infos <= 0)
        return tr("%1, %2").arg(e, w);
    const QString i = infos == 1 ? tr("1 info") : tr("%1 infos").arg(infos);
    return tr("%1, %2, %3").arg(e, w, i);
}

QString FindingPrinter::severityName(const packformat::Finding &f)
{
    switch (f.severity) {
    case packformat::Severity::Error:
        return QStringLiteral("error");
    case packformat::Severity::Warning:
        return QStringLiteral("warning");
    case packformat::Severity::Info:
        break;
    }
    return QStringLiteral("info");
}

QJsonObject FindingPrinter::toJson(const packformat::Finding &f)
{
    auto orNull = [](int v) { return v > 0 ? QJsonValue(v) : QJsonValue(QJsonValue::Null); };
    return QJsonObject{
        {QStringLiteral("code"), f.code},
        {QStringLiteral("severity"), severityName(f)},
        {QStringLiteral("file"), f.file},
        {QStringLiteral("line"), orNull(f.line)},
        {QStringLiteral("column"), orNull(f.column)},
        {QStringLiteral("message"), f.message},
        {QStringLiteral("itemId"),
         f.itemId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(f.itemId)},
    };
}

void FindingPrinter::print(const packformat::Findings &findings, Console &console) const
{
    for (const auto &f : findings)
        console.outLine(line(f));
    console.outLine(summary(countErrors(findings), countWarnings(findings), countInfos(findings)));
}

int countErrors(const packformat::Findings &findings)
{
    int n = 0;
    for (const auto &f : findings)
        n += f.isError() ? 1 : 0;
    return n;
}

int countWarnings(const packformat::Findings &findings)
{
    return int(std::count_if(findings.cbegin(), findings.cend(),
                             [](const auto &f) { return f.isWarning(); }));
}

int countInfos(const packformat::Findings &findings)
{
    return int(std::count_if(findings.cbegin(), findings.cend(),
                             [](const auto &f) { return f.isInfo(); }));
}

} // namespace oht::cli
