#include "packdescription.h"

#include "textformat.h"

#include <QJsonArray>

namespace oht::cli {

namespace {
QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString isoTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

bool reviewOverdue(const QDate &reviewBy, const QDate &today)
{
    return reviewBy.isValid() && reviewBy < today;
}

QString kindName(packformat::ItemKind kind)
{
    return kind == packformat::ItemKind::Quiz ? QStringLiteral("quiz") : QStringLiteral("lesson");
}

int countKind(const packformat::Manifest &m, packformat::ItemKind kind)
{
    int n = 0;
    for (const auto &item : m.items())
        n += item.kind == kind ? 1 : 0;
    return n;
}
} // namespace

QString PackDescription::text(const PackFacts &facts, QDate today)
{
    using textformat::printable;
    const packformat::Manifest &m = facts.manifest;
    QList<QStringList> rows;
    auto add = [&rows](const QString &label, const QString &value) {
        if (!value.isEmpty())
            rows.append({label, value});
    };
    add(tr("Description:"), printable(m.description).simplified());
    add(tr("Language:"), m.language);
    QStringList authors;
    for (const auto &a : m.authors)
        authors << (a.role.isEmpty() ? a.name : QStringLiteral("%1 (%2)").arg(a.name, a.role));
    add(tr("Authors:"), authors.join(QStringLiteral(", ")));
    add(tr("Licence:"), m.license);
    add(tr("Created:"), isoDate(m.created));
    QString review = isoDate(m.reviewBy);
    if (reviewOverdue(m.reviewBy, today))
        review += tr("  ** review date passed: the content may be out of date **");
    add(tr("Review by:"), review);
    add(tr("Tags:"), m.tags.join(QStringLiteral(", ")));
    if (m.minAppVersion != SemVer())
        add(tr("Needs app:"), m.minAppVersion.toString());
    QString size = textformat::size(facts.contentBytes);
    if (facts.fileCount > 0)
        size += tr(" in %1 files").arg(facts.fileCount);
    if (facts.archiveBytes >= 0)
        size += tr(" (%1 compressed)").arg(textformat::size(facts.archiveBytes));
    add(tr("Size:"), size);
    const int lessons = countKind(m, packformat::ItemKind::Lesson);
    const int quizzes = countKind(m, packformat::ItemKind::Quiz);
    QString contents =
        (m.modules.size() == 1 ? tr("1 module") : tr("%1 modules").arg(m.modules.size())) +
        QStringLiteral(", ") + (lessons == 1 ? tr("1 lesson") : tr("%1 lessons").arg(lessons)) +
        QStringLiteral(", ") + (quizzes == 1 ? tr("1 quiz") : tr("%1 quizzes").arg(quizzes));
    if (facts.questionCount >= 0)
        contents += facts.questionCount == 1 ? tr(", 1 question")
                                             : tr(", %1 questions").arg(facts.questionCount);
    add(tr("Contents:"), contents);
    if (facts.installed) {
        add(tr("Installed:"), isoTime(facts.installed->installedAt));
        add(tr("Updated:"), isoTime(facts.installed->updatedAt));
    } else {
        add(tr("Installed:"), tr("no (pack file)"));
    }

    QString out =
        QStringLiteral("%1 %2 — %3\n").arg(m.id, m.version.toString(), printable(m.title));
    for (const QString &line : textformat::table(rows).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        out += QStringLiteral("  ") + line + QLatin1Char('\n');
    return out + QLatin1Char('\n') + outlineText(m);
}

QString PackDescription::outlineText(const packformat::Manifest &manifest)
{
    QString out = tr("Outline:\n");
    for (const auto &module : manifest.modules) {
        out += QStringLiteral("  %1  %2\n").arg(module.id, textformat::printable(module.title));
        QList<QStringList> rows;
        for (const auto &item : module.items)
            rows.append({item.id, kindName(item.kind), item.title, item.file});
        for (const QString &line :
             textformat::table(rows).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            out += QStringLiteral("    ") + line + QLatin1Char('\n');
    }
    return out;
}

QJsonObject PackDescription::json(const PackFacts &facts, QDate today)
{
    const packformat::Manifest &m = facts.manifest;
    QJsonArray authors;
    for (const auto &a : m.authors)
        authors.append(QJsonObject{{QStringLiteral("name"), a.name},
                                   {QStringLiteral("role"), a.role},
                                   {QStringLiteral("contact"), a.contact}});
    QJsonArray modules;
    for (const auto &module : m.modules) {
        QJsonArray items;
        for (const auto &item : module.items)
            items.append(QJsonObject{{QStringLiteral("id"), item.id},
                                     {QStringLiteral("type"), kindName(item.kind)},
                                     {QStringLiteral("title"), item.title},
                                     {QStringLiteral("file"), item.file}});
        modules.append(QJsonObject{{QStringLiteral("id"), module.id},
                                   {QStringLiteral("title"), module.title},
                                   {QStringLiteral("items"), items}});
    }
    QJsonObject o{
        {QStringLiteral("id"), m.id},
        {QStringLiteral("version"), m.version.toString()},
        {QStringLiteral("title"), m.title},
        {QStringLiteral("description"), m.description},
        {QStringLiteral("language"), m.language},
        {QStringLiteral("authors"), authors},
        {QStringLiteral("license"), m.license},
        {QStringLiteral("created"), isoDate(m.created)},
        {QStringLiteral("reviewBy"), isoDate(m.reviewBy)},
        {QStringLiteral("reviewOverdue"), reviewOverdue(m.reviewBy, today)},
        {QStringLiteral("tags"), QJsonArray::fromStringList(m.tags)},
        {QStringLiteral("sizeBytes"), double(facts.contentBytes)},
        {QStringLiteral("fileCount"), facts.fileCount},
        {QStringLiteral("lessonCount"), countKind(m, packformat::ItemKind::Lesson)},
        {QStringLiteral("quizCount"), countKind(m, packformat::ItemKind::Quiz)},
        {QStringLiteral("modules"), modules},
        {QStringLiteral("installed"), facts.installed.has_value()},
    };
    if (m.minAppVersion != SemVer())
        o.insert(QStringLiteral("minAppVersion"), m.minAppVersion.toString());
    if (facts.archiveBytes >= 0)
        o.insert(QStringLiteral("archiveBytes"), double(facts.archiveBytes));
    if (facts.questionCount >= 0)
        o.insert(QStringLiteral("questionCount"), facts.questionCount);
    if (facts.installed) {
        o.insert(QStringLiteral("installedAt"), isoTime(facts.installed->installedAt));
        o.insert(QStringLiteral("updatedAt"), isoTime(facts.installed->updatedAt));
    }
    return o;
}

QJsonObject PackDescription::summaryJson(const library::PackSummary &s, QDate today)
{
    return QJsonObject{
        {QStringLiteral("id"), s.id},
        {QStringLiteral("version"), s.version},
        {QStringLiteral("title"), s.title},
        {QStringLiteral("description"), s.description},
        {QStringLiteral("language"), s.language},
        {QStringLiteral("license"), s.license},
        {QStringLiteral("authors"), QJsonArray::fromStringList(s.authors)},
        {QStringLiteral("tags"), QJsonArray::fromStringList(s.tags)},
        {QStringLiteral("created"), isoDate(s.created)},
        {QStringLiteral("reviewBy"), isoDate(s.reviewBy)},
        {QStringLiteral("reviewOverdue"), reviewOverdue(s.reviewBy, today)},
        {QStringLiteral("sizeBytes"), double(s.sizeBytes)},
        {QStringLiteral("lessonCount"), s.lessonCount},
        {QStringLiteral("quizCount"), s.quizCount},
        {QStringLiteral("installedAt"), isoTime(s.installedAt)},
        {QStringLiteral("updatedAt"), isoTime(s.updatedAt)},
    };
}

} // namespace oht::cli
