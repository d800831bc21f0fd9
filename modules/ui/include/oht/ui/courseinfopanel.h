#pragma once

#include "oht/library/packsummary.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QPushButton;
class QTextBrowser;

namespace oht::ui {

/// About a course: description, authors, licence, version and review-by date, with a
/// clear warning once the review date has passed (health content goes stale).
class CourseInfoPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CourseInfoPanel(QWidget *parent = nullptr);

    /// `today` is a parameter so the warning is testable.
    void setPack(const library::PackSummary &pack, QDate today = QDate::currentDate());
    bool isReviewWarningShown() const;
    QLabel *reviewWarning() const { return m_warning; }

signals:
    void startRequested();

private:
    QLabel *m_title;
    QLabel *m_warning;
    QTextBrowser *m_details;
    QPushButton *m_start;
};

} // namespace oht::ui
