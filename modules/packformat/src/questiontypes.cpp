// QuizReader, continued: the fields and answer-key rules of each question type.
#include "quizreader.h"
#include "valuerules.h"

#include <QCoreApplication>

namespace oht::packformat::detail {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("oht::packformat::QuizParser", text);
}

const QString kInvalid = QStringLiteral("invalid-value");
} // namespace

template <typename Entry, typename ReadFn>
QList<Entry> QuizReader::readEntries(const JsonObjectRef &question, QLatin1StringView key,
                                     const Nouns &nouns, ReadFn read)
{
    QList<Entry> out;
    const auto list = m_schema.array(question, key, Need::Required);
    if (!list)
        return out;
    const QString pointer = question.pointerOf(key);
    QSet<QString> ids;
    for (qsizetype i = 0; i < list->size(); ++i) {
        auto ref = m_schema.element(*list, i, pointer, key, question.owner, question.itemId);
        if (!ref)
            continue;
        const QString name = ref->object.value(QLatin1String("id")).toString();
        ref->owner = name.isEmpty() ? nouns.numbered.arg(QString::number(i + 1), question.owner)
                                    : nouns.named.arg(name, question.owner);
        Entry entry;
        if (const auto id = m_schema.string(*ref, QLatin1StringView("id"), Need::Required)) {
            entry.id = *id;
            const QString idPointer = ref->pointerOf(QLatin1StringView("id"));
            if (!isValidId(*id))
                m_schema.error(kInvalid, idPointer,
                               tr("The id \"%1\" in %2 is not valid: use 1 to 64 characters of "
                                  "A-Z, a-z, 0-9, _ and -.")
                                   .arg(*id, question.owner),
                               question.itemId);
            else if (ids.contains(*id))
                m_schema.error(QStringLiteral("duplicate-id"), idPointer,
                               tr("The id \"%1\" is used twice in %2; ids must be unique within "
                                  "a question.")
                                   .arg(*id, question.owner),
                               question.itemId);
            ids.insert(*id);
        }
        read(*ref, entry);
        out.append(entry);
    }
    if (list->size() < 2)
        m_schema.error(QStringLiteral("too-few-options"), pointer,
                       QCoreApplication::translate("oht::packformat::QuizParser", nouns.tooFew,
                                                   nullptr, int(list->size()))
                           .arg(question.owner),
                       question.itemId);
    return out;
}

void QuizReader::checkDistinct(QHash<QString, bool> &seen, const QString &text,
                               const QString &pointer, const JsonObjectRef &question,
                               const QString &what)
{
    // Texts differing only in white space look the same to the learner.
    const QString key = text.simplified();
    if (key.isEmpty())
        return; // reported as empty already
    if (seen.contains(key)) {
        m_schema.error(QStringLiteral("duplicate-option"), pointer,
                       what.arg(question.owner, text.simplified()), question.itemId);
        return;
    }
    seen.insert(key, true);
}

void QuizReader::readChoices(const JsonObjectRef &ref, Question &q)
{
    QHash<QString, bool> texts;
    const Nouns nouns{tr("option \"%1\" of %2"), tr("option %1 of %2"),
                      QT_TRANSLATE_NOOP("oht::packformat::QuizParser",
                                        "%1 has %n option(s); it needs at least two.")};
    q.options = readEntries<Option>(
        ref, QLatin1StringView("options"), nouns, [&](const JsonObjectRef &o, Option &option) {
            if (const auto text = requiredText(o, QLatin1StringView("text"))) {
                option.text = *text;
                checkDistinct(texts, *text, o.pointerOf(QLatin1StringView("text")), ref,
                              tr("%1 has two options with the text \"%2\"."));
            }
            option.correct =
                m_schema.boolean(o, QLatin1StringView("correct"), Need::Optional).value_or(false);
            option.feedback = m_schema.string(o, QLatin1StringView("feedback"), Need::Optional)
                                  .value_or(QString());
            m_schema.checkUnknown(o, {"id", "text", "correct", "feedback"});
        });
    if (q.options.isEmpty())
        return;
    qsizetype correct = 0;
    for (const Option &o : std::as_const(q.options))
        correct += o.correct ? 1 : 0;
    const QString pointer = ref.pointerOf(QLatin1StringView("options"));
    if (q.type == QuestionType::SingleChoice && correct != 1)
        m_schema.error(QStringLiteral("single-correct"), pointer,
                       correct == 0 ? tr("%1 is single choice but no option is marked correct; "
                                         "mark exactly one.")
                                          .arg(ref.owner)
                                    : tr("%1 is single choice but %2 options are marked correct; "
                                         "mark exactly one, or make it a multiple-choice "
                                         "question.")
                                          .arg(ref.owner, QString::number(correct)),
                       q.id);
    if (q.type == QuestionType::MultipleChoice && correct == 0)
        m_schema.error(QStringLiteral("multiple-correct"), pointer,
                       tr("%1 is multiple choice but no option is marked correct; mark at least "
                          "one.")
                           .arg(ref.owner),
                       q.id);
}

void QuizReader::readTrueFalse(const JsonObjectRef &ref, Question &q)
{
    q.answer = m_schema.boolean(ref, QLatin1StringView("answer"), Need::Required).value_or(false);
    q.feedbackTrue =
        m_schema.string(ref, QLatin1StringView("feedbackTrue"), Need::Optional).value_or(QString());
    q.feedbackFalse = m_schema.string(ref, QLatin1StringView("feedbackFalse"), Need::Optional)
                          .value_or(QString());
}

void QuizReader::readNumeric(const JsonObjectRef &ref, Question &q)
{
    q.numericAnswer =
        m_schema.number(ref, QLatin1StringView("answer"), Need::Required).value_or(0.0);
    if (const auto t = m_schema.number(ref, QLatin1StringView("tolerance"), Need::Optional)) {
        if (*t < 0)
            m_schema.error(QStringLiteral("negative-tolerance"),
                           ref.pointerOf(QLatin1StringView("tolerance")),
                           tr("The tolerance of %1 is %2; it cannot be below zero.")
                               .arg(ref.owner, QString::number(*t)),
                           q.id);
        else
            q.tolerance = *t;
    }
    q.unit = m_schema.string(ref, QLatin1StringView("unit"), Need::Optional).value_or(QString());
}

void QuizReader::readText(const JsonObjectRef &ref, Question &q)
{
    const auto accept = m_schema.array(ref, QLatin1StringView("accept"), Need::Required);
    if (!accept)
        return;
    const QString pointer = ref.pointerOf(QLatin1StringView("accept"));
    if (accept->isEmpty())
        m_schema.error(QStringLiteral("no-accepted-answer"), pointer,
                       tr("%1 is a text question without any accepted answer; list at least one "
                          "in \"accept\".")
                           .arg(ref.owner),
                       q.id);
    for (qsizetype i = 0; i < accept->size(); ++i) {
        const QJsonValue v = accept->at(i);
        const QString p = JsonLocator::child(pointer, i);
        if (!v.isString()) {
            m_schema.error(QStringLiteral("wrong-type"), p,
                           tr("Accepted answer %1 of %2 must be text, but it is %3.")
                               .arg(QString::number(i + 1), ref.owner, SchemaReader::typeName(v)),
                           q.id);
            continue;
        }
        if (v.toString().trimmed().isEmpty()) {
            m_schema.error(kInvalid, p,
                           tr("Accepted answer %1 of %2 is empty, which would accept a blank "
                              "answer.")
                               .arg(QString::number(i + 1), ref.owner),
                           q.id);
            continue;
        }
        q.accept.append(v.toString());
    }
}

void QuizReader::readOrdering(const JsonObjectRef &ref, Question &q)
{
    QHash<QString, bool> texts;
    const Nouns nouns{tr("item \"%1\" of %2"), tr("item %1 of %2"),
                      QT_TRANSLATE_NOOP("oht::packformat::QuizParser",
                                        "%1 has %n item(s) to order; it needs at least two.")};
    q.orderItems = readEntries<Option>(
        ref, QLatin1StringView("items"), nouns, [&](const JsonObjectRef &o, Option &item) {
            if (const auto text = requiredText(o, QLatin1StringView("text"))) {
                item.text = *text;
                checkDistinct(texts, *text, o.pointerOf(QLatin1StringView("text")), ref,
                              tr("%1 has two items with the text \"%2\"."));
            }
            m_schema.checkUnknown(o, {"id", "text"});
        });
}

void QuizReader::readMatching(const JsonObjectRef &ref, Question &q)
{
    QHash<QString, bool> lefts;
    QHash<QString, bool> rights;
    const Nouns nouns{tr("pair \"%1\" of %2"), tr("pair %1 of %2"),
                      QT_TRANSLATE_NOOP("oht::packformat::QuizParser",
                                        "%1 has %n pair(s) to match; it needs at least two.")};
    q.pairs = readEntries<MatchPair>(
        ref, QLatin1StringView("pairs"), nouns, [&](const JsonObjectRef &o, MatchPair &pair) {
            if (const auto left = requiredText(o, QLatin1StringView("left"))) {
                pair.left = *left;
                checkDistinct(lefts, *left, o.pointerOf(QLatin1StringView("left")), ref,
                              tr("%1 has two pairs with the same left side \"%2\"."));
            }
            if (const auto right = requiredText(o, QLatin1StringView("right"))) {
                pair.right = *right;
                checkDistinct(rights, *right, o.pointerOf(QLatin1StringView("right")), ref,
                              tr("%1 has two pairs with the same right side \"%2\"."));
            }
            m_schema.checkUnknown(o, {"id", "left", "right"});
        });
}

} // namespace oht::packformat::detail
