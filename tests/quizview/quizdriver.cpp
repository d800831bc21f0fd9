#include "quizdriver.h"

#include "oht/quizview/choicequestionwidget.h"
#include "oht/quizview/matchingquestionwidget.h"
#include "oht/quizview/numericquestionwidget.h"
#include "oht/quizview/orderingquestionwidget.h"
#include "oht/quizview/textquestionwidget.h"
#include "oht/quizview/truefalsequestionwidget.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>

namespace oht::test {

namespace {

int rowOf(QListWidget *list, const QString &id)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole + 1).toString() == id)
            return row;
    }
    return -1;
}

void typeInto(QLineEdit *field, const QString &text)
{
    field->selectAll();
    QTest::keyClick(field, Qt::Key_Backspace);
    QTest::keyClicks(field, text);
}

/// Clicks a button on its indicator (a button laid out wide has empty space at its centre).
void clickButton(QAbstractButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
}

void clickItem(QAbstractItemView *view, const QModelIndex &index)
{
    view->scrollTo(index);
    // A combo box popup takes the item under the pointer, so move there first.
    QTest::mouseMove(view->viewport(), view->visualRect(index).center());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

} // namespace

void answerByKeyboard(quizview::QuestionWidget *widget, const quiz::Response &response)
{
    using namespace quizview;
    if (auto *choice = qobject_cast<ChoiceQuestionWidget *>(widget)) {
        for (const QString &id : response.choices)
            QTest::keyClick(choice->button(id), Qt::Key_Space);
    } else if (auto *tf = qobject_cast<TrueFalseQuestionWidget *>(widget)) {
        QTest::keyClick(*response.truth ? tf->trueButton() : tf->falseButton(), Qt::Key_Space);
    } else if (auto *numeric = qobject_cast<NumericQuestionWidget *>(widget)) {
        typeInto(numeric->field(), QLocale().toString(*response.number));
    } else if (auto *text = qobject_cast<TextQuestionWidget *>(widget)) {
        typeInto(text->field(), response.text);
    } else if (auto *ordering = qobject_cast<OrderingQuestionWidget *>(widget)) {
        QListWidget *list = ordering->list();
        for (int target = 0; target < response.order.size(); ++target) {
            // Select the item with Home + Down, then lift it with Alt+Up.
            QTest::keyClick(list, Qt::Key_Home);
            const int row = rowOf(list, response.order[target]);
            for (int i = 0; i < row; ++i)
                QTest::keyClick(list, Qt::Key_Down);
            for (int i = row; i > target; --i)
                QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier);
        }
    } else if (auto *matching = qobject_cast<MatchingQuestionWidget *>(widget)) {
        for (auto it = response.matches.cbegin(); it != response.matches.cend(); ++it) {
            QComboBox *combo = matching->comboFor(it.key());
            QTest::keyClick(combo, Qt::Key_Home);
            const int index = combo->findData(it.value());
            for (int i = 0; i < index; ++i)
                QTest::keyClick(combo, Qt::Key_Down);
        }
    }
}

void answerByMouse(quizview::QuestionWidget *widget, const quiz::Response &response)
{
    using namespace quizview;
    if (auto *choice = qobject_cast<ChoiceQuestionWidget *>(widget)) {
        for (const QString &id : response.choices)
            clickButton(choice->button(id));
    } else if (auto *tf = qobject_cast<TrueFalseQuestionWidget *>(widget)) {
        clickButton(*response.truth ? tf->trueButton() : tf->falseButton());
    } else if (auto *numeric = qobject_cast<NumericQuestionWidget *>(widget)) {
        QTest::mouseClick(numeric->field(), Qt::LeftButton);
        typeInto(numeric->field(), QLocale().toString(*response.number));
    } else if (auto *text = qobject_cast<TextQuestionWidget *>(widget)) {
        QTest::mouseClick(text->field(), Qt::LeftButton);
        typeInto(text->field(), response.text);
    } else if (auto *ordering = qobject_cast<OrderingQuestionWidget *>(widget)) {
        QListWidget *list = ordering->list();
        for (int target = 0; target < response.order.size(); ++target) {
            const int row = rowOf(list, response.order[target]);
            clickItem(list, list->model()->index(row, 0));
            for (int i = row; i > target; --i)
                QTest::mouseClick(ordering->upButton(), Qt::LeftButton);
        }
    } else if (auto *matching = qobject_cast<MatchingQuestionWidget *>(widget)) {
        for (auto it = response.matches.cbegin(); it != response.matches.cend(); ++it) {
            QComboBox *combo = matching->comboFor(it.key());
            QTest::mouseClick(combo, Qt::LeftButton);
            QAbstractItemView *popup = combo->view();
            QTRY_VERIFY(popup->isVisible());
            clickItem(popup, popup->model()->index(combo->findData(it.value()), 0));
            QTRY_VERIFY(!popup->isVisible());
        }
    }
}

} // namespace oht::test
