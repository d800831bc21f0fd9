#include "findbar.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace oht::web {

FindBar::FindBar(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Find in lesson"));
    m_field = new QLineEdit(this);
    m_field->setPlaceholderText(tr("Find in lesson"));
    m_field->setAccessibleName(tr("Text to find"));
    m_field->setClearButtonEnabled(true);

    m_previous = new QToolButton(this);
    m_previous->setText(tr("Previous"));
    m_previous->setToolTip(tr("Previous match (Shift+F3)"));
    m_previous->setAccessibleName(tr("Previous match"));
    m_next = new QToolButton(this);
    m_next->setText(tr("Next"));
    m_next->setToolTip(tr("Next match (F3)"));
    m_next->setAccessibleName(tr("Next match"));
    m_close = new QToolButton(this);
    m_close->setText(tr("Close"));
    m_close->setToolTip(tr("Close the find bar (Esc)"));
    m_close->setAccessibleName(tr("Close the find bar"));
    m_status = new QLabel(this);
    m_status->setAccessibleName(tr("Matches"));
    m_status->setMinimumWidth(
        m_status->fontMetrics().horizontalAdvance(QStringLiteral("000 / 000")));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(m_field, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_previous);
    layout->addWidget(m_next);
    layout->addWidget(m_close);
    setFocusProxy(m_field);

    connect(m_field, &QLineEdit::textChanged, this,
            [this](const QString &text) { emit findRequested(text, false); });
    m_field->installEventFilter(this);
    connect(m_next, &QToolButton::clicked, this,
            [this] { emit findRequested(m_field->text(), false); });
    connect(m_previous, &QToolButton::clicked, this,
            [this] { emit findRequested(m_field->text(), true); });
    connect(m_close, &QToolButton::clicked, this, &FindBar::closeRequested);
}

QString FindBar::text() const
{
    return m_field->text();
}

void FindBar::activate()
{
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void FindBar::setResult(int activeMatch, int matchCount)
{
    if (m_field->text().isEmpty())
        m_status->clear();
    else if (matchCount == 0)
        m_status->setText(tr("No matches"));
    else
        m_status->setText(tr("%1 / %2").arg(activeMatch).arg(matchCount));
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    // Caught before QLineEdit, which would take Shift+Enter as a plain Enter.
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            emit closeRequested();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            emit findRequested(m_field->text(), key->modifiers() & Qt::ShiftModifier);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace oht::web
