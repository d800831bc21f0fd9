#include "oht/quiz/presentation.h"
#include "oht/quizview/questioncard.h"
#include "oht/quizview/questionwidget.h"
#include "oht/quizview/quizattemptview.h"
#include "quizfixture.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTest>

using namespace oht;
using namespace oht::quizview;
using test::QuizFixture;

/// The attempt's layout: every question type at normal and at 200 % text size fits the
/// width (no horizontal scrolling), no label is cut off, the Submit button stays in view,
/// and every control a learner can reach has an accessible name.
class TestQuizAttemptView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void nothingClipped_data()
    {
        QTest::addColumn<double>("scale");
        QTest::addColumn<int>("width");
        QTest::newRow("100 %") << 1.0 << 700;
        QTest::newRow("200 %") << 2.0 << 700;
        QTest::newRow("200 %, narrow") << 2.0 << 480;
    }

    void nothingClipped()
    {
        QFETCH(double, scale);
        QFETCH(int, width);
        QuizFixture f;
        QVERIFY(f.ok);
        const QFont original = QApplication::font();
        QFont big = original;
        big.setPointSizeF(original.pointSizeF() * scale);
        QApplication::setFont(big);
        const auto restore = qScopeGuard([&] { QApplication::setFont(original); });

        const packformat::Quiz quiz = f.quiz();
        QuizAttemptView view;
        view.build(
            QStringLiteral("A quiz with a rather long title that has to wrap at large sizes"), quiz,
            quiz::Presentation::make(quiz, 7), true);
        // Show every part a card can show: an error on one, results on the others.
        for (QuestionCard *card : view.cards()) {
            if (card == view.cards().first())
                card->showError(card->input()->inputError());
            else
                card->showResult({});
        }
        view.resize(width, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QApplication::processEvents();

        QScrollArea *scroll = view.scrollArea();
        QWidget *body = scroll->widget();
        QVERIFY(body->width() <= scroll->viewport()->width());
        QVERIFY(!scroll->horizontalScrollBar()->isVisible());
        for (QLabel *label : body->findChildren<QLabel *>()) {
            if (!label->isVisibleTo(body) || label->text().isEmpty())
                continue;
            QVERIFY2(label->geometry().right() <= label->parentWidget()->width(),
                     qPrintable(label->text()));
            if (label->wordWrap()) {
                QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                         qPrintable(QStringLiteral("cut off: ") + label->text()));
            } else {
                QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text()));
            }
        }
        for (QWidget *w : body->findChildren<QWidget *>()) {
            if (!w->isVisibleTo(body))
                continue;
            QVERIFY2(w->mapTo(body, QPoint(w->width(), 0)).x() <= body->width(),
                     w->objectName().toUtf8().constData());
            if (w->focusPolicy() & Qt::TabFocus)
                QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
        }
        QPushButton *submit = view.submitButton();
        QVERIFY(submit->isVisible());
        QVERIFY(submit->width() >= submit->sizeHint().width());
        QVERIFY(view.rect().contains(submit->geometry()));
    }

    void progressAndNotice()
    {
        QuizFixture f;
        const packformat::Quiz quiz = f.quiz();
        QuizAttemptView view;
        view.build(QStringLiteral("Quiz"), quiz, quiz::Presentation::make(quiz, 1), false);
        QCOMPARE(view.cards().size(), 7);
        QVERIFY(!view.cards().first()->checkButton()->isVisibleTo(view.cards().first()));
        QCOMPARE(view.submitButton()->text(), QStringLiteral("&Submit answers"));
        view.setProgress(3, 7);
        QCOMPARE(view.progressLabel()->text(), QStringLiteral("3 of 7 questions answered"));
        QCOMPARE(view.progressLabel()->accessibleName(), view.progressLabel()->text());
        view.setNotice(QStringLiteral("Resumed"));
        QVERIFY(view.noticeLabel()->isVisibleTo(&view));
        view.setNotice({});
        QVERIFY(!view.noticeLabel()->isVisibleTo(&view));
    }
};

QTEST_MAIN(TestQuizAttemptView)
#include "tst_quizattemptview.moc"
