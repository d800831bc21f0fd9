#include "oht/ui/searchdialog.h"

#include "oht/library/library.h"
#include "oht/ui/htmlitemdelegate.h"
#include "oht/ui/searchresultmodel.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace oht::ui {

SearchDialog::SearchDialog(library::Library &library, QWidget *parent)
    : QDialog(parent), m_library(library), m_model(new SearchResultModel(this)),
      m_field(new QLineEdit(this)), m_results(new QListView(this)), m_status(new QLabel(this)),
      m_buttons(new QDialogButtonBox(this)), m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("searchDialog"));
    setWindowTitle(tr("Search All Courses"));
    setAccessibleName(tr("Search all courses"));
    resize(720, 480);

    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setPlaceholderText(tr("Search lessons in every course"));
    m_field->setAccessibleName(tr("Search text"));
    m_field->setAccessibleDescription(tr("Type words to find; use quotes for a phrase. Up and "
                                         "Down choose a result, Enter opens it."));
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);

    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setModel(m_model);
    m_results->setItemDelegate(new HtmlItemDelegate(SearchResultModel::HtmlRole, m_results));
    m_results->setAccessibleName(tr("Search results"));
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setResizeMode(QListView::Adjust);
    m_results->setWordWrap(true);
    m_results->setAlternatingRowColors(true);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setAccessibleName(tr("Search status"));
    m_status->setWordWrap(true);

    QPushButton *open = m_buttons->addButton(tr("&Open Lesson"), QDialogButtonBox::AcceptRole);
    open->setObjectName(QStringLiteral("openHitButton"));
    open->setAccessibleName(tr("Open lesson"));
    QPushButton *close = m_buttons->addButton(QDialogButtonBox::Close);
    close->setAccessibleName(tr("Close search"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_field);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_buttons);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, &SearchDialog::search);
    connect(m_field, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_results, &QListView::activated, this, &SearchDialog::openIndex);
    connect(open, &QPushButton::clicked, this, [this] { openIndex(m_results->currentIndex()); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    search();
}

void SearchDialog::activate()
{
    show();
    raise();
    activateWindow();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

QString SearchDialog::statusText() const
{
    return m_status->text();
}

void SearchDialog::search()
{
    m_debounce->stop();
    const QString query = m_field->text().trimmed();
    if (query.isEmpty()) {
        m_model->setHits({});
        m_status->setText(tr("Type a word to search the lessons of every installed course."));
        return;
    }
    const auto hits = m_library.search(query, 50);
    if (!hits) {
        m_model->setHits({});
        m_status->setText(tr("Search failed: %1").arg(hits.error().message));
        return;
    }
    m_model->setHits(*hits);
    if (hits->isEmpty()) {
        m_status->setText(
            tr("No lesson contains “%1”. Check the spelling or try fewer words.").arg(query));
    } else {
        m_status->setText(hits->size() == 1
                              ? tr("1 lesson found. Press Enter to open it.")
                              : tr("%1 lessons found. Press Enter to open the selected one.")
                                    .arg(hits->size()));
        m_results->setCurrentIndex(m_model->index(0));
    }
}

void SearchDialog::openIndex(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    emit hitActivated(index.data(SearchResultModel::PackIdRole).toString(),
                      index.data(SearchResultModel::ItemIdRole).toString(),
                      index.data(SearchResultModel::MatchTextRole).toString());
    accept();
}

bool SearchDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const int row = m_results->currentIndex().row();
        switch (key->key()) {
        case Qt::Key_Down:
            if (row + 1 < m_model->rowCount())
                m_results->setCurrentIndex(m_model->index(row + 1));
            return true;
        case Qt::Key_Up:
            if (row > 0)
                m_results->setCurrentIndex(m_model->index(row - 1));
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_debounce->isActive())
                search();
            openIndex(m_results->currentIndex());
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace oht::ui
