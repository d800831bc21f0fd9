#include "oht/catalogui/packdetailspanel.h"

#include "oht/catalogui/displaytext.h"

#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace oht::catalogui {

using catalog::PackAvailability;

PackDetailsPanel::PackDetailsPanel(QWidget *parent)
    : QWidget(parent), m_text(new QTextBrowser(this)), m_action(new QPushButton(this))
{
    setObjectName(QStringLiteral("packDetails"));
    m_text->setObjectName(QStringLiteral("packDetailsText"));
    m_text->setAccessibleName(tr("Course details"));
    // Catalog text is plain text from whoever wrote the catalog: never followed, never HTML.
    m_text->setOpenLinks(false);
    m_text->setOpenExternalLinks(false);
    m_action->setObjectName(QStringLiteral("downloadButton"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_action);
    connect(m_action, &QPushButton::clicked, this, [this] {
        if (!m_packId.isEmpty())
            emit downloadRequested(m_packId);
    });
    clear();
}

void PackDetailsPanel::clear()
{
    m_packId.clear();
    m_text->setPlainText(tr("Choose a course in the list to see its details."));
    m_action->setText(tr("&Download and Install"));
    m_action->setAccessibleName(m_action->text().remove(u'&'));
    m_action->setEnabled(false);
}

void PackDetailsPanel::showPack(const catalog::PackStatus &status, const QString &changes,
                                bool downloading)
{
    const catalog::CatalogEntry &entry = status.entry;
    m_packId = entry.id;
    auto esc = [](const QString &text) { return text.toHtmlEscaped(); };
    auto para = [&](const QString &text) {
        return QStringLiteral("<p style='white-space: pre-wrap'>%1</p>").arg(esc(text));
    };
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(entry.title));
    html += QStringLiteral("<p><b>%1</b> %2</p>")
                .arg(esc(DisplayText::availability(status.availability)),
                     status.installedVersion.isEmpty()
                         ? esc(tr("Version %1").arg(entry.versionString()))
                         : esc(tr("Version %1 (installed: %2)")
                                   .arg(entry.versionString(), status.installedVersion)));
    if (!entry.description.isEmpty())
        html += para(entry.description);
    html += QStringLiteral("<p>%1<br>%2<br>%3</p>")
                .arg(esc(tr("Size: %1").arg(DisplayText::size(entry.size))),
                     esc(tr("Language: %1").arg(DisplayText::language(entry.language))),
                     esc(tr("Tags: %1")
                             .arg(entry.tags.isEmpty() ? tr("none")
                                                       : entry.tags.join(QStringLiteral(", ")))));
    if (status.needsNewerApp)
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(esc(tr("This course needs a newer version of HealthTech Toolkit (%1 or "
                                "later).")
                                 .arg(entry.minAppVersion.toString())));
    if (status.availability == PackAvailability::UpdateAvailable) {
        html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("What changes")));
        html += para(changes.isEmpty()
                         ? tr("The lessons and questions that change are listed once the update "
                              "has been downloaded.")
                         : changes);
        html += para(tr("Your progress in this course is kept when you update."));
    }
    if (!entry.changelog.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Changelog")));
        html += para(entry.changelog);
    }
    m_text->setHtml(html);

    QString label = tr("&Download and Install");
    bool enabled = true;
    if (downloading) {
        label = tr("In the download list");
        enabled = false;
    } else if (status.needsNewerApp) {
        label = tr("Needs a newer app");
        enabled = false;
    } else if (status.availability == PackAvailability::UpdateAvailable) {
        label = tr("&Update to %1").arg(entry.versionString());
    } else if (status.availability != PackAvailability::NotInstalled) {
        // Installed, or a newer version is: an older one is never offered (no downgrade).
        label = DisplayText::availability(status.availability);
        enabled = false;
    }
    m_action->setText(label);
    m_action->setAccessibleName(QString(label).remove(u'&'));
    m_action->setEnabled(enabled);
}

} // namespace oht::catalogui
