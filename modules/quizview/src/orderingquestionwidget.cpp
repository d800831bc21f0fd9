#include "oht/quizview/orderingquestionwidget.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>

namespace oht::quizview {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
}

OrderingQuestionWidget::OrderingQuestionWidget(const packformat::Question &question,
                                               const QStringList &itemOrder, QWidget *parent)
    : QuestionWidget(question, parent), m_list(new QListWidget(this)),
      m_up(new QPushButton(tr("Move up"), this)), m_down(new QPushButton(tr("Move down"), this)),
      m_feedback(new QLabel(this))
{
    m_list->setObjectName(QStringLiteral("orderList"));
    m_list->setAccessibleName(tr("Items to put in order"));
    m_list->setAccessibleDescription(
        tr("Select an item and press Alt+Up or Alt+Down to move it. The first item comes first."));
    m_list->setWordWrap(true);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_list->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_up->setObjectName(QStringLiteral("moveUpButton"));
    m_up->setAccessibleName(tr("Move the selected item up"));
    m_up->setToolTip(tr("Move up (Alt+Up)"));
    m_down->setObjectName(QStringLiteral("moveDownButton"));
    m_down->setAccessibleName(tr("Move the selected item down"));
    m_down->setToolTip(tr("Move down (Alt+Down)"));
    m_feedback->setObjectName(QStringLiteral("orderingFeedback"));
    m_feedback->setWordWrap(true);
    m_feedback->setTextFormat(Qt::PlainText);
    m_feedback->hide();

    QStringList order = itemOrder;
    for (const auto &item : m_question.orderItems) {
        if (!order.contains(item.id))
            order.append(item.id);
    }
    setOrder(order);
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 0, 0, 3, 1);
    layout->addWidget(m_up, 0, 1);
    layout->addWidget(m_down, 1, 1);
    layout->setRowStretch(2, 1);
    layout->setColumnStretch(0, 1);
    layout->addWidget(m_feedback, 3, 0, 1, 2);

    connect(m_up, &QPushButton::clicked, this, &OrderingQuestionWidget::moveUp);
    connect(m_down, &QPushButton::clicked, this, &OrderingQuestionWidget::moveDown);
    m_list->installEventFilter(this);
    connect(m_list, &QListWidget::currentRowChanged, this, &OrderingQuestionWidget::updateButtons);
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this, [this] {
        renumber();
        emit responseChanged();
    });
    setAccessibleName(tr("Put in order"));
    setFocusProxy(m_list);
    updateButtons();
}

QString OrderingQuestionWidget::itemText(const QString &id) const
{
    for (const auto &item : m_question.orderItems) {
        if (item.id == id)
            return item.text;
    }
    return id;
}

void OrderingQuestionWidget::setOrder(const QStringList &ids)
{
    m_list->clear();
    for (const QString &id : ids) {
        auto *item = new QListWidgetItem(m_list);
        item->setData(IdRole, id);
    }
    renumber();
}

void OrderingQuestionWidget::renumber()
{
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const QString id = item->data(IdRole).toString();
        QString text = tr("%1. %2").arg(row + 1).arg(itemText(id));
        if (m_solutionShown) {
            const bool inPlace =
                row < m_question.orderItems.size() && m_question.orderItems.at(row).id == id;
            text += QLatin1Char(' ') +
                    (inPlace ? tr("— ✓ in the right place") : tr("— ✗ not in the right place"));
        }
        item->setText(text);
    }
}

quiz::Response OrderingQuestionWidget::response() const
{
    quiz::Response r;
    for (int row = 0; row < m_list->count(); ++row)
        r.order.append(m_list->item(row)->data(IdRole).toString());
    return r;
}

void OrderingQuestionWidget::setResponse(const quiz::Response &response)
{
    if (response.order.isEmpty())
        return;
    QStringList order = response.order;
    for (const auto &item : m_question.orderItems) {
        if (!order.contains(item.id))
            order.append(item.id);
    }
    order.removeIf([this](const QString &id) {
        return std::none_of(m_question.orderItems.cbegin(), m_question.orderItems.cend(),
                            [&](const packformat::Option &o) { return o.id == id; });
    });
    setOrder(order);
    m_list->setCurrentRow(0);
}

void OrderingQuestionWidget::setLocked(bool locked)
{
    m_locked = locked;
    m_list->setDragDropMode(locked ? QAbstractItemView::NoDragDrop
                                   : QAbstractItemView::InternalMove);
    updateButtons();
}

bool OrderingQuestionWidget::eventFilter(QObject *watched, QEvent *event)
{
    // Alt+Up / Alt+Down move the selected item (plain arrows keep selecting).
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::AltModifier &&
            (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            move(key->key() == Qt::Key_Up ? -1 : 1);
            return true;
        }
    }
    return QuestionWidget::eventFilter(watched, event);
}

void OrderingQuestionWidget::moveUp()
{
    move(-1);
}

void OrderingQuestionWidget::moveDown()
{
    move(1);
}

void OrderingQuestionWidget::move(int delta)
{
    const int row = m_list->currentRow();
    const int target = row + delta;
    if (m_locked || row < 0 || target < 0 || target >= m_list->count())
        return;
    QListWidgetItem *item = m_list->takeItem(row);
    m_list->insertItem(target, item);
    m_list->setCurrentRow(target);
    renumber();
    updateButtons();
    emit responseChanged();
}

void OrderingQuestionWidget::updateButtons()
{
    const int row = m_list->currentRow();
    m_up->setEnabled(!m_locked && row > 0);
    m_down->setEnabled(!m_locked && row >= 0 && row < m_list->count() - 1);
}

void OrderingQuestionWidget::showSolution()
{
    m_solutionShown = true;
    renumber();
    m_feedback->setText(solutionText());
    m_feedback->show();
}

QString OrderingQuestionWidget::solutionText() const
{
    QStringList items;
    for (int i = 0; i < m_question.orderItems.size(); ++i)
        items << tr("%1. %2").arg(i + 1).arg(m_question.orderItems.at(i).text);
    return tr("Right order: %1").arg(items.join(QStringLiteral("  ")));
}

} // namespace oht::quizview
