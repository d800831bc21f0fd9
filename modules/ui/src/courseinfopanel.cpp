#include "oht/ui/courseinfopanel.h"

#include "oht/ui/packlistmodel.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace oht::ui {

CourseInfoPanel::CourseInfoPanel(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_warning(new QLabel(this)),
      m_details(new QTextBrowser(this)), m_start(new QPushButton(this))
{
    setObjectName(QStringLiteral("courseInfoPanel"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Text and icon, not colour alone, carry the warning.
    m_warning->setObjectName(QStringLiteral("reviewWarning"));
    m_warning->setWordWrap(true);
    m_warning->setFrameShape(QFrame::StyledPanel);
    m_warning->setMargin(8);
    m_warning->setAutoFillBackground(true);
    QPalette warningPalette = m_warning->palette();
    warningPalette.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xce));
    warningPalette.setColor(QPalette::WindowText, QColor(0x4a, 0x35, 0x00));
    m_warning->setPalette(warningPalette);
    m_warning->hide();

    m_details->setObjectName(QStringLiteral("courseDetails"));
    m_details->setOpenLinks(false);
    m_details->setFrameShape(QFrame::NoFrame);
    m_details->setAccessibleName(tr("About this course"));

    m_start->setObjectName(QStringLiteral("startCourseButton"));
    m_start->setText(tr("&Start with the first lesson"));
    m_start->setAccessibleName(tr("Start with the first lesson"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_warning);
    layout->addWidget(m_details, 1);
    layout->addWidget(m_start, 0, Qt::AlignLeading);
    connect(m_start, &QPushButton::clicked, this, &CourseInfoPanel::startRequested);
}

void CourseInfoPanel::setPack(const library::PackSummary &pack, QDate today)
{
    const QLocale locale;
    m_title->setText(pack.title);
    m_title->setAccessibleName(pack.title);
    const bool passed = pack.reviewBy.isValid() && pack.reviewBy < today;
    if (passed) {
        m_warning->setText(tr("⚠ Review date passed on %1. Health and regulatory content changes: "
                              "check important facts against current sources, and look for a "
                              "newer version of this course.")
                               .arg(locale.toString(pack.reviewBy, QLocale::LongFormat)));
        m_warning->setAccessibleName(m_warning->text());
    }
    m_warning->setVisible(passed);

    auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><th align=\"left\" valign=\"top\" style=\"padding-right:12px\">"
                              "%1</th><td>%2</td></tr>")
            .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<p>%1</p>")
                       .arg(pack.description.toHtmlEscaped().replace(QLatin1String("\n\n"),
                                                                     QLatin1String("</p><p>")));
    html += QLatin1String("<table>");
    html += row(tr("Authors"), locale.createSeparatedList(pack.authors));
    html += row(tr("Licence"), pack.license);
    html += row(tr("Language"), PackListModel::languageName(pack.language));
    html += row(tr("Version"), pack.version);
    // Explicit singular/plural: the app ships no English .qm to resolve "%n lesson(s)".
    const QString lessons =
        pack.lessonCount == 1 ? tr("1 lesson") : tr("%1 lessons").arg(pack.lessonCount);
    const QString quizzes = pack.quizCount == 1 ? tr("1 quiz") : tr("%1 quizzes").arg(pack.quizCount);
    html += row(tr("Contents"), lessons + QLatin1String(", ") + quizzes);
    html += row(tr("Size"), locale.formattedDataSize(pack.sizeBytes, 1, QLocale::DataSizeSIFormat));
    if (pack.created.isValid())
        html += row(tr("Written"), locale.toString(pack.created, QLocale::LongFormat));
    if (pack.reviewBy.isValid())
        html += row(tr("Review by"), locale.toString(pack.reviewBy, QLocale::LongFormat) +
                                         (passed ? tr(" (passed)") : QString()));
    if (!pack.tags.isEmpty())
        html += row(tr("Tags"), pack.tags.join(QLatin1String(", ")));
    html += QLatin1String("</table>");
    m_details->setHtml(html);
}

bool CourseInfoPanel::isReviewWarningShown() const
{
    return !m_warning->isHidden();
}

} // namespace oht::ui
