#include "oht/ui/lessonarea.h"

#include "oht/ui/externallinkbar.h"
#include "oht/ui/readingpositionstore.h"
#include "oht/web/lessonview.h"

#include <QLabel>
#include <QVBoxLayout>

namespace oht::ui {

LessonArea::LessonArea(const web::PackContent &content, ReadingPositionStore &positions,
                       double initialZoom, QWidget *parent)
    : QWidget(parent), m_content(content), m_positions(positions), m_initialZoom(initialZoom),
      m_linkBar(new ExternalLinkBar(this)), m_error(new QLabel(this)),
      m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("lessonArea"));
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_error->setObjectName(QStringLiteral("lessonError"));
    m_error->setWordWrap(true);
    m_error->setAlignment(Qt::AlignCenter);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setAccessibleName(tr("Lesson error"));
    m_error->hide();
    m_layout->addWidget(m_linkBar);
    m_layout->addWidget(m_error, 1);
}

double LessonArea::zoomFactor() const
{
    return m_view ? m_view->zoomFactor() : m_initialZoom;
}

void LessonArea::ensureView()
{
    if (m_view)
        return;
    m_view = new web::LessonView(m_content, this);
    m_view->setObjectName(QStringLiteral("lessonView"));
    m_view->setAccessibleName(tr("Lesson"));
    m_view->setZoomFactor(m_initialZoom);
    m_layout->addWidget(m_view, 1);
    connect(m_view, &web::LessonView::loadFinished, this, &LessonArea::loadFinished);
    connect(m_view, &web::LessonView::lessonLinkActivated, this, &LessonArea::lessonLinkActivated);
    connect(m_view, &web::LessonView::externalLinkActivated, m_linkBar, &ExternalLinkBar::showUrl);
    connect(m_view, &web::LessonView::zoomFactorChanged, this,
            [this](qreal factor) { emit zoomFactorChanged(double(factor)); });
    connect(m_view, &web::LessonView::readingPositionChanged, this,
            [this](const QString &packId, const QString &itemId, double fraction) {
                m_positions.setPosition(packId, itemId, fraction);
            });
    setFocusProxy(m_view);
    emit viewCreated(m_view);
}

bool LessonArea::showLesson(const QString &packId, const QString &itemId, const QString &fragment,
                            const QString &findText)
{
    ensureView();
    m_linkBar->hide();
    web::LessonOpenOptions options;
    options.fragment = fragment;
    options.findText = findText;
    // A search hit or a link target wins over where the learner last stopped.
    if (fragment.isEmpty() && findText.isEmpty())
        options.readingPosition = m_positions.position(packId, itemId);
    const auto opened = m_view->openLesson(packId, itemId, options);
    m_error->setVisible(!opened.ok());
    m_view->setVisible(opened.ok());
    if (!opened) {
        m_error->setText(tr("This lesson cannot be shown: %1").arg(opened.error().message));
        return false;
    }
    return true;
}

} // namespace oht::ui
