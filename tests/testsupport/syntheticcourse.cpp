#include "syntheticcourse.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>
#include <array>
#include <random>

namespace oht::test {

namespace {

/// CRC-32 (ISO-HDLC), as PNG chunks need; table built once.
quint32 crc32(const QByteArray &bytes)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 c = 0xffffffffu;
    for (const char b : bytes)
        c = table[(c ^ quint8(b)) & 0xff] ^ (c >> 8);
    return c ^ 0xffffffffu;
}

QByteArray bigEndian32(quint32 v)
{
    QByteArray out(4, '\0');
    qToBigEndian(v, out.data());
    return out;
}

QByteArray pngChunk(const QByteArray &type, const QByteArray &data)
{
    return bigEndian32(quint32(data.size())) + type + data + bigEndian32(crc32(type + data));
}

/// A small RGB PNG of noise: real image bytes that compress badly, like photos do.
QByteArray noisePng(int width, int height, std::mt19937 &rng)
{
    QByteArray rows;
    rows.reserve(height * (1 + width * 3));
    for (int y = 0; y < height; ++y) {
        rows.append('\0'); // filter: none
        for (int x = 0; x < width * 3; ++x)
            rows.append(char(rng() & 0xff));
    }
    QByteArray header = bigEndian32(quint32(width)) + bigEndian32(quint32(height));
    header.append("\x08\x02\x00\x00\x00", 5); // 8-bit RGB, no interlace
    // qCompress gives a zlib stream behind a 4-byte length prefix; PNG wants the stream.
    const QByteArray idat = qCompress(rows, 9).mid(4);
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", header) + pngChunk("IDAT", idat) +
           pngChunk("IEND", QByteArray());
}

QString capitalised(QString s)
{
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

QByteArray quizJson(int index)
{
    return QStringLiteral(R"({
  "formatVersion": 1,
  "passMark": 50,
  "questions": [
    {
      "id": "q1",
      "type": "single",
      "prompt": "Which word marks lesson %1?",
      "options": [
        {"id": "a", "text": "%2", "correct": true},
        {"id": "b", "text": "none of them", "correct": false}
      ]
    },
    {"id": "q2", "type": "truefalse", "prompt": "Consent matters.", "answer": true}
  ]
}
)")
        .arg(index)
        .arg(SyntheticCourse::rareWord(index))
        .toUtf8();
}

bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(data) != data.size()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

} // namespace

SyntheticCourse::SyntheticCourse(Options options) : m_options(std::move(options)) {}

QString SyntheticCourse::lessonId(int index)
{
    return QStringLiteral("lesson-%1").arg(index, 5, 10, QLatin1Char('0'));
}

QString SyntheticCourse::rareWord(int index)
{
    return QStringLiteral("zq%1marker").arg(index, 5, 10, QLatin1Char('0'));
}

const QStringList &SyntheticCourse::vocabulary()
{
    // The same 100 words as tests/bench/gen_lessons.py, so both corpora rank alike.
    static const QStringList words =
        QStringLiteral(
            "patient clinician nurse midwife pharmacist carer community hospital clinic ward "
            "record dataset registry interoperability standard terminology coding message api "
            "regulation regulator device software classification conformity certification audit "
            "evidence trial outcome measure benefit cost value economics procurement tender "
            "privacy consent security encryption identity access governance ethics bias fairness "
            "screening triage diagnosis referral pathway prescription dosage adherence follow "
            "monitoring wearable sensor telehealth remote imaging radiology pathology genomics "
            "algorithm model validation verification usability accessibility inclusion equity "
            "risk hazard mitigation safety incident deployment maintenance training skill career "
            "volunteer mentor startup investor population prevention primary secondary tertiary "
            "portfolio interview nutrition vaccine chronic frailty dementia diabetes")
            .split(QLatin1Char(' '));
    return words;
}

bool SyntheticCourse::writeTo(const QString &dir, QString *error) const
{
    const Options &o = m_options;
    QDir root(dir);
    for (const char *sub : {"lessons", "img", "quizzes", "media"})
        if (!root.mkpath(QLatin1String(sub))) {
            if (error)
                *error = QStringLiteral("cannot create %1/%2").arg(dir, QLatin1String(sub));
            return false;
        }

    std::mt19937 rng(o.seed);
    const QStringList &vocab = vocabulary();
    auto word = [&] { return vocab[int(rng() % quint32(vocab.size()))]; };

    QJsonArray modules;
    QJsonArray items;
    auto closeModule = [&](int number) {
        if (number <= o.quizzes) {
            const QString quizId = QStringLiteral("check-%1").arg(number, 2, 10, QLatin1Char('0'));
            items.append(QJsonObject{{"id", quizId},
                                     {"type", "quiz"},
                                     {"title", QStringLiteral("Check %1").arg(number)},
                                     {"file", QStringLiteral("quizzes/%1.json").arg(quizId)}});
        }
        const QString id = QStringLiteral("module-%1").arg(number, 2, 10, QLatin1Char('0'));
        modules.append(QJsonObject{
            {"id", id}, {"title", QStringLiteral("Module %1").arg(number)}, {"items", items}});
        items = QJsonArray();
    };

    for (int i = 0; i < o.lessons; ++i) {
        const QString id = lessonId(i);
        const QString title = QStringLiteral("Lesson %1: %2")
                                  .arg(i)
                                  .arg(capitalised(QStringList{word(), word(), word(), word()}.join(
                                      QLatin1Char(' '))));
        QString html =
            QStringLiteral("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                           "<title>%1</title></head><body><h1>%1</h1>")
                .arg(title);
        if (o.imageEvery > 0 && i % o.imageEvery == 0) {
            if (!writeFile(root.filePath(QStringLiteral("img/%1.png").arg(id)),
                           noisePng(64, 48, rng), error))
                return false;
            html += QStringLiteral("<img src=\"../img/%1.png\" alt=\"Illustration for lesson %2\">")
                        .arg(id)
                        .arg(i);
        }
        for (int p = 0; p < o.wordsPerLesson / 80; ++p) {
            QStringList words;
            for (int w = 0; w < 80; ++w)
                words << word();
            if (p == 1)
                words[7] = rareWord(i);
            html += QStringLiteral("<p>") + capitalised(words.join(QLatin1Char(' '))) +
                    QStringLiteral(".</p>\n");
        }
        html += QStringLiteral("</body></html>");
        if (!writeFile(root.filePath(QStringLiteral("lessons/%1.html").arg(id)), html.toUtf8(),
                       error))
            return false;
        items.append(QJsonObject{{"id", id},
                                 {"type", "lesson"},
                                 {"title", title},
                                 {"file", QStringLiteral("lessons/%1.html").arg(id)}});
        if ((i + 1) % o.lessonsPerModule == 0 || i + 1 == o.lessons)
            closeModule(int(modules.size()) + 1);
    }
    for (int q = 1; q <= std::min(o.quizzes, int(modules.size())); ++q)
        if (!writeFile(root.filePath(
                           QStringLiteral("quizzes/check-%1.json").arg(q, 2, 10, QLatin1Char('0'))),
                       quizJson(q), error))
            return false;

    constexpr qint64 kChunk = 1024 * 1024;
    for (qint64 written = 0, n = 0; written < o.mediaBytes; written += kChunk, ++n) {
        QByteArray blob(int(std::min(kChunk, o.mediaBytes - written)), Qt::Uninitialized);
        for (char &c : blob)
            c = char(rng() & 0xff);
        if (!writeFile(
                root.filePath(QStringLiteral("media/blob-%1.bin").arg(n, 2, 10, QLatin1Char('0'))),
                blob, error))
            return false;
    }

    const QJsonObject manifest{
        {"formatVersion", 1},
        {"id", o.packId},
        {"version", o.version},
        {"title", QStringLiteral("Synthetic course (%1 lessons)").arg(o.lessons)},
        {"description", "A generated course for stress tests and benchmarks."},
        {"language", "en"},
        {"authors", QJsonArray{QJsonObject{{"name", "Benchmark generator"}}}},
        {"license", "CC0-1.0"},
        {"created", "2026-01-01"},
        {"reviewBy", "2099-01-01"},
        {"modules", modules},
    };
    return writeFile(root.filePath(QStringLiteral("pack.json")),
                     QJsonDocument(manifest).toJson(QJsonDocument::Indented), error);
}

} // namespace oht::test
