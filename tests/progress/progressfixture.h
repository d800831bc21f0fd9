#pragma once

#include "oht/library/library.h"
#include "oht/packformat/quiz.h"
#include "oht/progress/clock.h"
#include "oht/progress/progressdatabase.h"
#include "packsourcewriter.h"
#include "tempdatadir.h"

#include <QDateTime>
#include <memory>

namespace oht::test {

/// A clock a test moves by hand.
class FakeClock
{
public:
    explicit FakeClock(QDateTime start = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC))
        : m_now(std::move(start))
    {}
    progress::Clock clock()
    {
        return [this] { return m_now; };
    }
    QDateTime now() const { return m_now; }
    void set(const QDateTime &now) { m_now = now; }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

/// A data directory with a library and a progress database, and helpers to install
/// packs built from PackSourceWriter sources.
class ProgressFixture
{
public:
    ProgressFixture();

    /// Builds the source and imports it into the library; false (and a QTest failure
    /// message in `error`) when that fails.
    bool install(const PackSourceWriter &source, QString *error = nullptr);
    /// Closes and reopens both databases (as a restarted app would).
    bool reopen();

    /// A quiz file with five single-choice questions q1..q5 (option "a" is right), pass
    /// mark 60. `variant` changes the first prompt (a different file, the same ids).
    static QByteArray fiveQuestionQuiz(int variant = 0);
    static packformat::Quiz parseQuiz(const QByteArray &json);
    /// A source with module m1 (lesson l1, lesson l2, quiz q) and module m2 (lesson l3).
    static PackSourceWriter course(const QString &version = QStringLiteral("1.0.0"),
                                   int quizVariant = 0);

    TempDataDir dir;
    std::unique_ptr<library::Library> library;
    std::unique_ptr<progress::ProgressDatabase> db;
};

} // namespace oht::test
