#include "packsourcewriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace oht::test {

PackSourceWriter::PackSourceWriter(QString packId, QString version)
{
    const QJsonObject lesson{{"id", "lesson-1"},
                             {"type", "lesson"},
                             {"title", "First lesson"},
                             {"file", "lessons/lesson-1.md"}};
    const QJsonObject quiz{
        {"id", "quiz-1"}, {"type", "quiz"}, {"title", "First quiz"}, {"file", "quizzes/quiz-1.json"}};
    m_manifest = QJsonObject{
        {"formatVersion", 1},
        {"id", packId},
        {"version", version},
        {"title", "Test pack"},
        {"description", "A pack made by a test."},
        {"language", "en"},
        {"authors", QJsonArray{QJsonObject{{"name", "Test Author"}}}},
        {"license", "CC-BY-4.0"},
        {"created", "2026-01-01"},
        {"reviewBy", "2099-01-01"},
        {"modules", QJsonArray{QJsonObject{
                        {"id", "module-1"}, {"title", "Module one"}, {"items", QJsonArray{lesson, quiz}}}}},
    };
    m_files[QStringLiteral("lessons/lesson-1.md")] =
        "# First lesson\n\nHealth technology helps **patients** and clinicians.\n";
    m_files[QStringLiteral("quizzes/quiz-1.json")] = minimalQuiz();
}

QByteArray PackSourceWriter::minimalQuiz()
{
    return R"({
  "formatVersion": 1,
  "passMark": 50,
  "questions": [
    {
      "id": "q1",
      "type": "single",
      "prompt": "Which of these is a health data standard?",
      "options": [
        {"id": "a", "text": "HL7 FHIR", "correct": true, "feedback": "Yes."},
        {"id": "b", "text": "MP3", "correct": false, "feedback": "That is an audio format."}
      ],
      "explanation": "FHIR is a standard for exchanging health records."
    }
  ]
}
)";
}

bool PackSourceWriter::writeTo(const QString &dir) const
{
    QDir root(dir);
    if (!root.mkpath(QStringLiteral(".")))
        return false;
    auto write = [&](const QString &rel, const QByteArray &data) {
        const QString abs = root.filePath(rel);
        if (!QDir().mkpath(QFileInfo(abs).absolutePath()))
            return false;
        QFile f(abs);
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
    };
    if (!write(QStringLiteral("pack.json"), QJsonDocument(m_manifest).toJson()))
        return false;
    for (auto it = m_files.cbegin(); it != m_files.cend(); ++it)
        if (!write(it.key(), it.value()))
            return false;
    return true;
}

} // namespace oht::test
