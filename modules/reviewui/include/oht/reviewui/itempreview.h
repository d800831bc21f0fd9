#pragma once

#include "oht/packformat/manifest.h"
#include "oht/packformat/quiz.h"

#include <QTextBrowser>
#include <optional>

namespace oht::reviewui {

/// Shows one lesson or quiz of a source folder for review: a lesson rendered by the
/// same renderer the importer uses (images resolved from the folder), a quiz with every
/// question and, on demand, its answer key and per-option feedback.
class ItemPreview : public QTextBrowser
{
    Q_OBJECT

public:
    explicit ItemPreview(QWidget *parent = nullptr);

    /// Shows `item` from the source folder `sourceDir`; `quiz` is its parsed quiz (quizzes
    /// that did not parse show a message instead).
    void showItem(const QString &sourceDir, const packformat::OutlineItem &item,
                  const packformat::Quiz *quiz);
    void clearItem();

    void setAnswersVisible(bool visible);
    /// Shows questions and options in the order a learner's attempt with this seed saw
    /// them (oht::quiz::Presentation); nullopt: the file's order.
    void setShuffleSeed(std::optional<quint32> seed);
    std::optional<quint32> shuffleSeed() const { return m_seed; }
    bool answersVisible() const { return m_answers; }

    /// Scrolls so that source line `line` of the lesson is roughly at the top.
    void scrollToSourceLine(int line);

    QString itemId() const { return m_item.id; }

private:
    QString quizHtml(const packformat::Quiz &quiz) const;
    void render();

    QString m_dir;
    packformat::OutlineItem m_item;
    std::optional<packformat::Quiz> m_quiz;
    int m_sourceLines = 0;
    bool m_answers = false;
    std::optional<quint32> m_seed;
};

} // namespace oht::reviewui
