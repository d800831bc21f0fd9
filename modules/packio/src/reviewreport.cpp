#include "oht/packio/reviewreport.h"

#include <QSet>
#include <algorithm>

namespace oht::packio {

namespace {

/// Text safe inside a Markdown table cell or list item: one line, no table breaks.
QString cell(QString s)
{
    s.replace(QLatin1Char('\n'), QLatin1Char(' '));
    s.replace(QLatin1Char('|'), QLatin1String("\\|"));
    return s;
}

QString severityName(packformat::Severity s)
{
    switch (s) {
    case packformat::Severity::Error:
        return QStringLiteral("error");
    case packformat::Severity::Warning:
        return QStringLiteral("warning");
    case packformat::Severity::Info:
        break;
    }
    return QStringLiteral("info");
}

} // namespace

ReviewReport::ReviewReport(const packformat::Manifest &manifest,
                           const packformat::Findings &findings, const ReviewNotes &notes,
                           QDate today)
    : m_manifest(manifest), m_findings(findings), m_notes(notes), m_today(today)
{}

int ReviewReport::totalItems() const
{
    return int(m_manifest.items().size());
}

int ReviewReport::reviewedItems() const
{
    int n = 0;
    for (const auto &item : m_manifest.items())
        n += m_notes.review(item.id).reviewed;
    return n;
}

int ReviewReport::percentReviewed() const
{
    const int total = totalItems();
    return total == 0 ? 0 : reviewedItems() * 100 / total;
}

QString ReviewReport::markdown() const
{
    const packformat::Manifest &m = m_manifest;
    QString md;
    auto line = [&](const QString &s = {}) { md += s + QLatin1Char('\n'); };
    line(tr("# Review report: %1 %2").arg(cell(m.title), m.version.toString()));
    line();
    line(tr("- Pack: `%1`, version %2, language %3").arg(m.id, m.version.toString(), m.language));
    line(tr("- Licence: %1").arg(m.license));
    line(tr("- Review by: %1").arg(m.reviewBy.toString(Qt::ISODate)));
    line(tr("- Report date: %1").arg(m_today.toString(Qt::ISODate)));
    line();

    int open = 0;
    for (const ReviewNote &n : m_notes.notes())
        open += !n.resolved;
    int counts[3] = {0, 0, 0};
    for (const auto &f : m_findings)
        ++counts[int(f.severity)];
    line(tr("## Summary"));
    line();
    line(tr("- **%1% of items reviewed** (%2 of %3)")
             .arg(percentReviewed())
             .arg(reviewedItems())
             .arg(totalItems()));
    line(tr("- Notes: %1 open, %2 resolved").arg(open).arg(m_notes.notes().size() - open));
    line(tr("- Validator: %1 errors, %2 warnings, %3 infos")
             .arg(counts[0])
             .arg(counts[1])
             .arg(counts[2]));
    line();

    line(tr("## Validator findings"));
    line();
    if (m_findings.isEmpty()) {
        line(tr("None."));
    } else {
        line(tr("| Severity | Where | Finding | Code |"));
        line(QStringLiteral("|---|---|---|---|"));
        for (const auto &f : m_findings) {
            QString where = f.file;
            if (f.line > 0)
                where += QStringLiteral(":%1").arg(f.line);
            line(QStringLiteral("| %1 | %2 | %3 | `%4` |")
                     .arg(severityName(f.severity), cell(where), cell(f.message), f.code));
        }
    }
    line();

    auto noteLine = [&](const ReviewNote &n) {
        QString s = QStringLiteral("  - [%1] **%2**")
                        .arg(n.resolved ? QStringLiteral("x") : QStringLiteral(" "),
                             ReviewNotes::categoryLabel(n.category));
        if (!n.questionId.isEmpty())
            s += tr(" (question `%1`)").arg(n.questionId);
        s += QStringLiteral(": ") + cell(n.text);
        QStringList by;
        if (!n.author.isEmpty())
            by << cell(n.author);
        if (n.date.isValid())
            by << n.date.toString(Qt::ISODate);
        if (!by.isEmpty())
            s += QStringLiteral(" — ") + by.join(QStringLiteral(", "));
        line(s);
    };

    line(tr("## Items"));
    QSet<QString> inOutline;
    for (const auto &module : m.modules) {
        line();
        line(QStringLiteral("### %1").arg(cell(module.title)));
        line();
        for (const auto &item : module.items) {
            inOutline.insert(item.id);
            const ItemReview r = m_notes.review(item.id);
            QString s =
                QStringLiteral("- [%1] %2 \"%3\" (`%4`)")
                    .arg(r.reviewed ? QStringLiteral("x") : QStringLiteral(" "),
                         item.kind == packformat::ItemKind::Quiz ? tr("Quiz") : tr("Lesson"),
                         cell(item.title), item.id);
            if (r.reviewed) {
                QStringList by;
                if (!r.by.isEmpty())
                    by << tr("by %1").arg(cell(r.by));
                if (r.on.isValid())
                    by << tr("on %1").arg(r.on.toString(Qt::ISODate));
                s += QStringLiteral(": ") + tr("reviewed") +
                     (by.isEmpty() ? QString() : QLatin1Char(' ') + by.join(QLatin1Char(' ')));
            } else {
                s += QStringLiteral(": ") + tr("not reviewed yet");
            }
            line(s);
            for (const ReviewNote &n : m_notes.notesFor(item.id))
                noteLine(n);
        }
    }
    QList<ReviewNote> orphans;
    for (const ReviewNote &n : m_notes.notes())
        if (!inOutline.contains(n.itemId))
            orphans.append(n);
    std::stable_sort(orphans.begin(), orphans.end(),
                     [](const ReviewNote &a, const ReviewNote &b) { return a.itemId < b.itemId; });
    if (!orphans.isEmpty()) {
        line();
        line(tr("### Notes on items no longer in the pack"));
        line();
        QString current;
        for (const ReviewNote &n : std::as_const(orphans)) {
            if (n.itemId != current) {
                current = n.itemId;
                line(QStringLiteral("- `%1`").arg(current));
            }
            noteLine(n);
        }
    }
    line();
    line(tr("## Sign-off"));
    line();
    line(tr("I have reviewed %1 version %2 and approve it for release.")
             .arg(cell(m.title), m.version.toString()));
    line();
    line(tr("Name: ______________________  Role: ______________________  Date: ____________"));
    return md;
}

} // namespace oht::packio
