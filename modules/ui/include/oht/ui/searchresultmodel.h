#pragma once

#include "oht/library/searchhit.h"

#include <QAbstractListModel>

namespace oht::ui {

/// Search hits as a list. DisplayRole is rich text (course, lesson, snippet with the
/// matches marked); AccessibleTextRole is the same as plain text for screen readers.
class SearchResultModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { PackIdRole = Qt::UserRole + 1, ItemIdRole, MatchTextRole, HtmlRole };

    explicit SearchResultModel(QObject *parent = nullptr);

    void setHits(QList<library::SearchHit> hits);
    const QList<library::SearchHit> &hits() const { return m_hits; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// The first marked match in a snippet, unescaped ("Interoperability"): the text to
    /// find in the lesson so it opens at the match. Empty without a mark.
    static QString firstMatch(const QString &snippetHtml);
    /// The snippet as plain text (marks and escapes removed).
    static QString plainSnippet(const QString &snippetHtml);

private:
    QList<library::SearchHit> m_hits;
};

} // namespace oht::ui
