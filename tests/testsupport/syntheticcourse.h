#pragma once

#include <QString>
#include <QStringList>

namespace oht::test {

/// Writes a large, deterministic pack SOURCE folder for stress tests and benchmarks.
/// The same shape as tests/bench/gen_lessons.py + gen_pack.py (and the shared
/// comparison corpus): HTML lessons of `wordsPerLesson` words drawn from a ~100-word
/// health vocabulary, one PNG per `imageEvery` lessons, and in each lesson i one rare
/// word, rareWord(i), that occurs nowhere else. Modules of `lessonsPerModule` lessons;
/// the first `quizzes` modules end with a small quiz. `mediaBytes` adds incompressible
/// media files (media/blob-NN.bin, 1 MiB each) so an import moves real volume.
class SyntheticCourse
{
public:
    struct Options
    {
        QString packId = QStringLiteral("org.example.synthetic");
        QString version = QStringLiteral("1.0.0");
        int lessons = 20;
        int wordsPerLesson = 1200;
        int lessonsPerModule = 50;
        int imageEvery = 10;
        int quizzes = 2;
        qint64 mediaBytes = 0;
        /// Changes every generated word (not the ids), to make a different version.
        quint32 seed = 4502;
    };

    explicit SyntheticCourse(Options options);

    /// Writes the folder (created if needed). Returns false and sets `error` on failure.
    bool writeTo(const QString &dir, QString *error = nullptr) const;

    const Options &options() const { return m_options; }
    static QString lessonId(int index);
    static QString rareWord(int index);
    static const QStringList &vocabulary();

private:
    Options m_options;
};

} // namespace oht::test
