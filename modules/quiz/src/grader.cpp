#include "oht/quiz/grader.h"

#include <QRegularExpression>
#include <QSet>
#include <cmath>

namespace oht::quiz::Grader {

using packformat::Question;
using packformat::QuestionType;

QString normaliseText(const QString &text)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    return text.normalized(QString::NormalizationForm_C)
        .simplified()
        .replace(spaces, QStringLiteral(" "))
        .toCaseFolded();
}

namespace {

double gradeChoices(const Question &q, const Response &r, QStringList &feedback)
{
    const QSet<QString> chosen(r.choices.cbegin(), r.choices.cend());
    int correctOptions = 0, rightChosen = 0, wrongChosen = 0;
    for (const auto &o : q.options) {
        if (o.correct)
            ++correctOptions;
        if (!chosen.contains(o.id))
            continue;
        (o.correct ? rightChosen : wrongChosen)++;
        if (!o.feedback.isEmpty())
            feedback.append(o.feedback);
    }
    if (q.type == QuestionType::SingleChoice)
        return (chosen.size() == 1 && rightChosen == 1) ? 1.0 : 0.0;
    if (correctOptions == 0)
        return 0.0;
    // Wrong picks cancel right ones, so ticking every box earns nothing.
    return std::max(0.0, double(rightChosen - wrongChosen) / correctOptions);
}

double gradeNumeric(const Question &q, const Response &r)
{
    if (!r.number || !std::isfinite(*r.number))
        return 0.0;
    // A tiny relative slack so that 0.1 + 0.2 style rounding never fails an exact answer.
    const double slack = 1e-9 * std::max(1.0, std::fabs(q.numericAnswer));
    return std::fabs(*r.number - q.numericAnswer) <= q.tolerance + slack ? 1.0 : 0.0;
}

double gradeText(const Question &q, const Response &r)
{
    const QString given = normaliseText(r.text);
    if (given.isEmpty())
        return 0.0;
    for (const QString &accepted : q.accept)
        if (normaliseText(accepted) == given)
            return 1.0;
    return 0.0;
}

double gradeOrdering(const Question &q, const Response &r)
{
    if (q.orderItems.isEmpty())
        return 0.0;
    int inPlace = 0;
    for (qsizetype i = 0; i < q.orderItems.size() && i < r.order.size(); ++i)
        if (r.order[i] == q.orderItems[i].id)
            ++inPlace;
    return double(inPlace) / q.orderItems.size();
}

double gradeMatching(const Question &q, const Response &r)
{
    if (q.pairs.isEmpty())
        return 0.0;
    int matched = 0;
    for (const auto &p : q.pairs)
        if (r.matches.value(p.id) == p.id)
            ++matched;
    return double(matched) / q.pairs.size();
}

} // namespace

Grade grade(const Question &q, const Response &r)
{
    Grade g;
    g.available = q.points;
    g.answered = !r.isEmpty();
    if (!g.answered)
        return g;
    switch (q.type) {
    case QuestionType::SingleChoice:
    case QuestionType::MultipleChoice:
        g.fraction = gradeChoices(q, r, g.feedback);
        break;
    case QuestionType::TrueFalse:
        g.fraction = (r.truth && *r.truth == q.answer) ? 1.0 : 0.0;
        if (r.truth) {
            const QString &fb = *r.truth ? q.feedbackTrue : q.feedbackFalse;
            if (!fb.isEmpty())
                g.feedback.append(fb);
        }
        break;
    case QuestionType::Numeric:
        g.fraction = gradeNumeric(q, r);
        break;
    case QuestionType::ShortText:
        g.fraction = gradeText(q, r);
        break;
    case QuestionType::Ordering:
        g.fraction = gradeOrdering(q, r);
        break;
    case QuestionType::Matching:
        g.fraction = gradeMatching(q, r);
        break;
    }
    g.correct = g.fraction >= 1.0;
    g.earned = g.fraction * q.points;
    const QString &general = g.correct ? q.feedbackCorrect : q.feedbackIncorrect;
    if (!general.isEmpty())
        g.feedback.append(general);
    return g;
}

QuizScore score(const packformat::Quiz &quiz, const QHash<QString, Response> &responses)
{
    QuizScore s;
    for (const auto &q : quiz.questions) {
        const Grade g = grade(q, responses.value(q.id));
        s.earned += g.earned;
        s.available += g.available;
        if (g.correct)
            ++s.correctCount;
    }
    s.percent = s.available > 0 ? 100.0 * s.earned / s.available : 0.0;
    // A little slack so a score equal to the mark on paper (e.g. 2/3 against a mark of 200/3)
    // is not failed by floating-point rounding.
    s.passed = s.percent + 1e-9 >= quiz.passMark;
    return s;
}

} // namespace oht::quiz::Grader
