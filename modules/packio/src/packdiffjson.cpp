// PackDiffResult as JSON (`ohtpack diff --json`): stable field names, lists in the
// order of the result.
#include "oht/packio/packdiff.h"
#include "oht/packio/worddiff.h"

#include <QJsonArray>

namespace oht::packio {

namespace {

QString kindName(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Added:
        return QStringLiteral("added");
    case ChangeKind::Removed:
        return QStringLiteral("removed");
    case ChangeKind::Changed:
        break;
    }
    return QStringLiteral("changed");
}

QJsonValue orNull(const QString &s)
{
    return s.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonArray fields(const QList<FieldChange> &changes)
{
    QJsonArray out;
    for (const auto &c : changes)
        out.append(QJsonObject{{QStringLiteral("field"), c.field},
                               {QStringLiteral("before"), c.before},
                               {QStringLiteral("after"), c.after}});
    return out;
}

QJsonArray strings(const QStringList &list)
{
    QJsonArray out;
    for (const auto &s : list)
        out.append(s);
    return out;
}

} // namespace

QJsonObject PackDiffResult::toJson() const
{
    QJsonArray moduleList;
    for (const auto &m : modules)
        moduleList.append(QJsonObject{{QStringLiteral("id"), m.id},
                                      {QStringLiteral("change"), kindName(m.kind)},
                                      {QStringLiteral("oldTitle"), orNull(m.oldTitle)},
                                      {QStringLiteral("newTitle"), orNull(m.newTitle)}});
    QJsonArray itemList;
    for (const auto &i : items) {
        QJsonObject o{
            {QStringLiteral("id"), i.id},
            {QStringLiteral("type"), i.isQuiz ? QStringLiteral("quiz") : QStringLiteral("lesson")},
            {QStringLiteral("change"), kindName(i.kind)},
            {QStringLiteral("oldTitle"), orNull(i.oldTitle)},
            {QStringLiteral("newTitle"), orNull(i.newTitle)},
            {QStringLiteral("oldModule"), orNull(i.oldModule)},
            {QStringLiteral("newModule"), orNull(i.newModule)},
            {QStringLiteral("oldFile"), orNull(i.oldFile)},
            {QStringLiteral("newFile"), orNull(i.newFile)},
            {QStringLiteral("moved"), i.moved},
            {QStringLiteral("renamed"), i.renamed}};
        if (!i.isQuiz) {
            o.insert(QStringLiteral("textChanged"), i.textChanged);
            o.insert(QStringLiteral("linesAdded"), TextDiff::count(i.lines, DiffLine::Kind::Added));
            o.insert(QStringLiteral("linesRemoved"),
                     TextDiff::count(i.lines, DiffLine::Kind::Removed));
            o.insert(QStringLiteral("diff"), strings(TextDiff::unified(i.lines)));
            o.insert(QStringLiteral("wordDiff"), strings(WordDiff::hunks(i.lines)));
        } else {
            o.insert(QStringLiteral("settings"), fields(i.settings));
        }
        itemList.append(o);
    }
    QJsonArray questionList;
    for (const auto &q : questions) {
        QJsonArray texts;
        for (const FieldChange &t : q.textChanges)
            texts.append(
                QJsonObject{{QStringLiteral("field"), t.field},
                            {QStringLiteral("before"), t.before},
                            {QStringLiteral("after"), t.after},
                            {QStringLiteral("wordDiff"), WordDiff::markup(t.before, t.after)}});
        questionList.append(QJsonObject{
            {QStringLiteral("quiz"), q.quizId},
            {QStringLiteral("id"), q.questionId},
            {QStringLiteral("change"), kindName(q.kind)},
            {QStringLiteral("oldPrompt"), orNull(q.oldPrompt)},
            {QStringLiteral("newPrompt"), orNull(q.newPrompt)},
            {QStringLiteral("changedFields"), strings(q.changedFields)},
            {QStringLiteral("answerKeyChanged"), q.answerKeyChanged},
            {QStringLiteral("oldAnswerKey"), orNull(q.oldAnswerKey)},
            {QStringLiteral("newAnswerKey"), orNull(q.newAnswerKey)},
            {QStringLiteral("textChanges"), texts},
        });
    }
    QJsonArray mediaList;
    for (const auto &m : media)
        mediaList.append(QJsonObject{
            {QStringLiteral("path"), m.path},
            {QStringLiteral("change"), kindName(m.kind)},
            {QStringLiteral("oldSize"), m.oldSize >= 0 ? QJsonValue(m.oldSize) : QJsonValue()},
            {QStringLiteral("newSize"), m.newSize >= 0 ? QJsonValue(m.newSize) : QJsonValue()},
        });
    return QJsonObject{
        {QStringLiteral("identical"), isEmpty()},
        {QStringLiteral("answerKeyChanges"), answerKeyChanges()},
        {QStringLiteral("manifest"), fields(manifest)},
        {QStringLiteral("modules"), moduleList},
        {QStringLiteral("items"), itemList},
        {QStringLiteral("questions"), questionList},
        {QStringLiteral("media"), mediaList},
    };
}

} // namespace oht::packio
