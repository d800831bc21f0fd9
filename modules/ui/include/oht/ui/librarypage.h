#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace oht::library {
class Library;
}

namespace oht::ui {

class PackListModel;

/// The start page: the installed courses in a sortable, filterable table.
class LibraryPage : public QWidget
{
    Q_OBJECT
public:
    LibraryPage(library::Library &library, QWidget *parent = nullptr);

    /// Re-reads the library; keeps `selectPackId` (or the current row) selected.
    void reload(const QString &selectPackId = {});
    QString selectedPackId() const;
    void selectPack(const QString &packId);
    int courseCount() const;
    /// Places `widget` (e.g. "Continue where you left off") above the course table.
    void setContinueWidget(QWidget *widget);

    QTableView *table() const { return m_table; }
    QLineEdit *filterField() const { return m_filter; }
    PackListModel *model() const { return m_model; }

signals:
    void openRequested(const QString &packId);
    void removeRequested(const QString &packId);
    void importRequested();
    void selectionChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateState();

    library::Library &m_library;
    PackListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_heading;
    QLineEdit *m_filter;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QLabel *m_emptyLabel;
    QLabel *m_errorLabel;
    QPushButton *m_openButton;
    QPushButton *m_removeButton;
    QPushButton *m_importButton;
};

} // namespace oht::ui
