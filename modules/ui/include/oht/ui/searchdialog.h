#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListView;
class QTimer;

namespace oht::library {
class Library;
}

namespace oht::ui {

class SearchResultModel;

/// "Search everywhere" (Ctrl+K): full-text search across all installed courses while
/// typing. Up/Down choose a result from the search field; Enter opens it.
class SearchDialog : public QDialog
{
    Q_OBJECT
public:
    SearchDialog(library::Library &library, QWidget *parent = nullptr);

    /// Shows the dialog with the field focused and its text selected.
    void activate();
    /// Runs the search now (normally it runs 150 ms after the last key press).
    void search();

    QLineEdit *field() const { return m_field; }
    QListView *results() const { return m_results; }
    SearchResultModel *model() const { return m_model; }
    QString statusText() const;

signals:
    /// `matchText` is the matched word(s) to find in the lesson.
    void hitActivated(const QString &packId, const QString &itemId, const QString &matchText);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void openIndex(const QModelIndex &index);

    library::Library &m_library;
    SearchResultModel *m_model;
    QLineEdit *m_field;
    QListView *m_results;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QTimer *m_debounce;
};

} // namespace oht::ui
