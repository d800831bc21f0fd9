#include "progressfixture.h"

#include "oht/packformat/quizparser.h"
#include "oht/packio/packbuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

namespace oht::test {

namespace {

QJsonObject item(const QString &id, const QString &type, const QString &file)
{
    return {{"id", id}, {"type", type}, {"title", id.toUpper()}, {"file", file}};
}

} // namespace

ProgressFixture::ProgressFixture()
{
    QStandardPaths::setTestModeEnabled(true);
    reopen();
}

bool ProgressFixture::reopen()
{
    db.reset();
    library.reset();
    auto lib = library::Library::open(dir.path());
    auto progressDb = progress::ProgressDatabase::open(dir.path());
    if (!lib || !progressDb)
        return false;
    library = std::move(lib).value();
    db = std::move(progressDb).value();
    return true;
}

bool ProgressFixture::install(const PackSourceWriter &source, QString *error)
{
    static int counter = 0;
    const QString src = dir.filePath(QStringLiteral("src-%1").arg(++counter));
    const QString out = dir.filePath(QStringLiteral("pack-%1.ohtpack").arg(counter));
    if (!source.writeTo(src)) {
        if (error)
            *error = QStringLiteral("cannot write the source");
        return false;
    }
    packio::BuildReport report;
    if (auto r = packio::PackBuilder(QDate(2026, 3, 1)).build(src, out, report); !r) {
        if (error)
            *error = r.error().message;
        return false;
    }
    auto imported = library->importPack(out);
    if (!imported && error)
        *error = imported.error().message;
    return imported.ok();
}

QByteArray ProgressFixture::fiveQuestionQuiz(int variant)
{
    QJsonArray questions;
    for (int i = 1; i <= 5; ++i) {
        const QString prompt = (i == 1 && variant)
                                   ? QStringLiteral("Question 1, version %1").arg(variant)
                                   : QStringLiteral("Question %1?").arg(i);
        questions.append(QJsonObject{
            {"id", QStringLiteral("q%1").arg(i)},
            {"type", "single"},
            {"prompt", prompt},
            {"options",
             QJsonArray{QJsonObject{{"id", "a"}, {"text", "Right"}, {"correct", true}},
                        QJsonObject{{"id", "b"}, {"text", "Wrong"}, {"correct", false}}}},
        });
    }
    const QJsonObject quiz{{"formatVersion", 1},
                           {"passMark", 60},
                           {"shuffleQuestions", true},
                           {"shuffleOptions", true},
                           {"questions", questions}};
    return QJsonDocument(quiz).toJson();
}

packformat::Quiz ProgressFixture::parseQuiz(const QByteArray &json)
{
    packformat::Findings findings;
    return packformat::parseQuiz(json, QStringLiteral("quiz.json"), findings).value();
}

PackSourceWriter ProgressFixture::course(const QString &version, int quizVariant)
{
    PackSourceWriter w(QStringLiteral("org.example.course"), version);
    w.removeFile(QStringLiteral("lessons/lesson-1.md"));
    w.removeFile(QStringLiteral("quizzes/quiz-1.json"));
    for (const char *lesson : {"l1", "l2", "l3"})
        w.setFile(QStringLiteral("lessons/%1.md").arg(QLatin1String(lesson)),
                  QByteArray("# Lesson ") + lesson + "\n\nSome text.\n");
    w.setFile(QStringLiteral("quizzes/q.json"), fiveQuestionQuiz(quizVariant));
    w.manifest()["title"] = QStringLiteral("Test course");
    w.manifest()["modules"] = QJsonArray{
        QJsonObject{{"id", "m1"},
                    {"title", "Module one"},
                    {"items", QJsonArray{item("l1", "lesson", "lessons/l1.md"),
                                         item("l2", "lesson", "lessons/l2.md"),
                                         item("q", "quiz", "quizzes/q.json")}}},
        QJsonObject{{"id", "m2"},
                    {"title", "Module two"},
                    {"items", QJsonArray{item("l3", "lesson", "lessons/l3.md")}}},
    };
    return w;
}

} // namespace oht::test
