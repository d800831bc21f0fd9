#include "oht/ui/searchresultmodel.h"

#include <QRegularExpression>
#include <QTextDocumentFragment>

namespace oht::ui {

SearchResultModel::SearchResultModel(QObject *parent) : QAbstractListModel(parent) {}

void SearchResultModel::setHits(QList<library::SearchHit> hits)
{
    beginResetModel();
    m_hits = std::move(hits);
    endResetModel();
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QString SearchResultModel::plainSnippet(const QString &snippetHtml)
{
    return QTextDocumentFragment::fromHtml(snippetHtml).toPlainText();
}

QString SearchResultModel::firstMatch(const QString &snippetHtml)
{
    static const QRegularExpression mark(QStringLiteral("<mark>(.*?)</mark>"));
    const auto match = mark.match(snippetHtml);
    return match.hasMatch() ? plainSnippet(match.captured(1)).trimmed() : QString();
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const library::SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return tr("%1 — %2: %3").arg(hit.lessonTitle, hit.packTitle, plainSnippet(hit.snippet));
    case HtmlRole:
        // The snippet is already escaped by the library; titles are not.
        return QStringLiteral("<b>%1</b> <span style=\"opacity:0.75\">— %2</span><br>%3")
            .arg(hit.lessonTitle.toHtmlEscaped(), hit.packTitle.toHtmlEscaped(),
                 QString(hit.snippet)
                     .replace(QLatin1String("<mark>"), QLatin1String("<b><u>"))
                     .replace(QLatin1String("</mark>"), QLatin1String("</u></b>")));
    case PackIdRole:
        return hit.packId;
    case ItemIdRole:
        return hit.itemId;
    case MatchTextRole:
        return firstMatch(hit.snippet);
    }
    return {};
}

} // namespace oht::ui
