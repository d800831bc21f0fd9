#include "packfactory.h"

#include "oht/archive/zipreader.h"
#include "oht/archive/zipwriter.h"
#include "oht/packio/packbuilder.h"
#include "packsourcewriter.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace oht::test {

static QJsonObject item(const char *id, const char *type, const char *title, const char *file)
{
    return QJsonObject{{"id", id}, {"type", type}, {"title", title}, {"file", file}};
}

QString PackFactory::course(const QString &packId, const QString &title, const QString &version,
                            const QString &reviewBy) const
{
    PackSourceWriter writer(packId, version);
    QJsonObject &m = writer.manifest();
    m["title"] = title;
    m["description"] = QStringLiteral("A course about %1, written for the tests.").arg(title);
    m["reviewBy"] = reviewBy;
    m["created"] = QStringLiteral("2020-01-01");
    m["modules"] = QJsonArray{
        QJsonObject{
            {"id", "basics"},
            {"title", "Basics"},
            {"items", QJsonArray{item("intro", "lesson", "Introduction", "lessons/intro.md"),
                                 item("details", "lesson", "The details", "lessons/details.md")}}},
        QJsonObject{
            {"id", "wrap-up"},
            {"title", "Wrapping up"},
            {"items", QJsonArray{item("summary", "lesson", "Summary", "lessons/summary.md"),
                                 item("check", "quiz", "Check yourself", "quizzes/check.json")}}}};
    writer.removeFile(QStringLiteral("lessons/lesson-1.md"));
    writer.removeFile(QStringLiteral("quizzes/quiz-1.json"));
    writer.setFile(QStringLiteral("lessons/intro.md"),
                   "# Introduction\n\nWelcome. Health technology joins care and engineering.\n\n"
                   "The rare word zanzibarite appears only here.\n");
    QByteArray details = "# The details\n\n";
    for (int i = 0; i < 60; ++i)
        details += "Paragraph " + QByteArray::number(i) +
                   ": clinical safety, interoperability and evidence all matter.\n\n";
    details += "Near the end sits the word quokkamatic.\n\nRead the [summary](summary.md) next.\n";
    writer.setFile(QStringLiteral("lessons/details.md"), details);
    writer.setFile(QStringLiteral("lessons/summary.md"),
                   "# Summary\n\nYou reached the summary of the course.\n");
    writer.setFile(QStringLiteral("quizzes/check.json"), PackSourceWriter::minimalQuiz());

    const QString source =
        QDir(m_workDir).filePath(QStringLiteral("src-%1-%2").arg(packId, version));
    const QString out =
        QDir(m_workDir).filePath(QStringLiteral("%1-%2.ohtpack").arg(packId, version));
    if (!writer.writeTo(source))
        return {};
    return fromSource(source, QStringLiteral("%1-%2").arg(packId, version)).isEmpty() ? QString()
                                                                                      : out;
}

QString PackFactory::fromSource(const QString &sourceDir, const QString &name) const
{
    const QString out = QDir(m_workDir).filePath(name + QStringLiteral(".ohtpack"));
    packio::BuildReport report;
    const auto built = packio::PackBuilder().build(sourceDir, out, report);
    if (!built) {
        qWarning("PackFactory: %s", qPrintable(built.error().message));
        for (const auto &finding : report.findings)
            qWarning("  %s", qPrintable(finding.message));
        return {};
    }
    return out;
}

QString PackFactory::tampered(const QString &pack, const QString &entry, const QString &name) const
{
    archive::ZipReader reader(pack);
    const auto entries = reader.scan();
    if (!entries)
        return {};
    const QString out = QDir(m_workDir).filePath(name);
    archive::ZipWriter writer(out);
    if (!writer.open())
        return {};
    for (const archive::EntryInfo &info : *entries) {
        auto data = reader.readEntry(info.name, 64 * 1024 * 1024);
        if (!data)
            return {};
        if (info.name == entry)
            data.value() += "Changed after the build.\n";
        if (!writer.addFile(info.name, *data))
            return {};
    }
    return writer.close() ? out : QString();
}

QString PackFactory::notAZip(const QString &name) const
{
    const QString out = QDir(m_workDir).filePath(name);
    QFile file(out);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("This is a text file pretending to be a course pack.\n");
    return out;
}

} // namespace oht::test
