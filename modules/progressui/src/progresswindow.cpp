#include "oht/progressui/progresswindow.h"

#include "oht/progress/learnersession.h"
#include "oht/progress/progressservices.h"
#include "oht/progressui/progresspage.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace oht::progressui {

ProgressWindow::ProgressWindow(progress::ProgressServices &services, QWidget *parent,
                               progress::Clock clock)
    : QDialog(parent), m_services(services),
      m_page(new ProgressPage(services.database(), services.library(), std::move(clock), this))
{
    setObjectName(QStringLiteral("progressWindow"));
    setModal(false);
    resize(900, 760);
    // In a window of its own the page's Back is the window's Close.
    m_page->backButton()->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close the progress window"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_page, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_page, &ProgressPage::closeRequested, this, &QDialog::reject);
    connect(m_page, &ProgressPage::recordChanged, this, &ProgressWindow::recordChanged);
    progress::LearnerSession &session = services.session();
    connect(&session, &progress::LearnerSession::profileChanged, this, [this](qint64 id) {
        m_page->setProfileId(id);
        updateTitle();
    });
    connect(&session, &progress::LearnerSession::profileUpdated, this, [this] {
        m_page->refresh();
        updateTitle();
    });
    m_page->setProfileId(session.profileId());
    updateTitle();
}

void ProgressWindow::updateTitle()
{
    setWindowTitle(tr("Progress of %1").arg(m_services.session().profile().name));
}

// Both read everything again, so progress made since the last look shows.
void ProgressWindow::showCourse(const QString &packId)
{
    m_page->showCourse(packId);
    present();
}

void ProgressWindow::showOverall()
{
    m_page->showOverall();
    present();
}

void ProgressWindow::present()
{
    show();
    raise();
    activateWindow();
}

} // namespace oht::progressui
