#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace oht::web {

/// The find-in-lesson bar under a LessonView: text field, previous / next, match
/// count, close. Enter finds the next match, Shift+Enter the previous, Esc closes.
class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(QWidget *parent = nullptr);

    QString text() const;
    /// Shows the bar, focuses the field and selects its text.
    void activate();
    void setResult(int activeMatch, int matchCount);

signals:
    void findRequested(const QString &text, bool backward);
    void closeRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *m_field = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QToolButton *m_close = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace oht::web
