#include "oht/ui/shortcutsdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace oht::ui {

static QString keys(const QKeySequence &sequence)
{
    return sequence.toString(QKeySequence::NativeText);
}

QList<QPair<QString, QString>> ShortcutsDialog::shortcuts()
{
    return {
        {keys(QKeySequence(Qt::CTRL | Qt::Key_K)), tr("Search all courses")},
        {keys(QKeySequence::Open), tr("Import a course pack")},
        {keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)),
         tr("Get courses from a catalog (web or USB folder)")},
        {keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)),
         tr("Export the selected course to share it")},
        {keys(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)),
         tr("Your progress: completion, quiz scores, study time, record, certificates")},
        {tr("Enter"), tr("Open the selected course, lesson or search result")},
        {keys(QKeySequence(Qt::Key_Delete)), tr("Remove the selected course (asks first)")},
        {keys(QKeySequence(Qt::ALT | Qt::Key_Home)), tr("Back to the library")},
        {keys(QKeySequence(Qt::ALT | Qt::Key_Left)), tr("Previous lesson or quiz")},
        {keys(QKeySequence(Qt::ALT | Qt::Key_Right)), tr("Next lesson or quiz")},
        {keys(QKeySequence(Qt::CTRL | Qt::Key_F)), tr("Find in the lesson")},
        {tr("F3 / Shift+F3"), tr("Next / previous match")},
        {keys(QKeySequence(Qt::CTRL | Qt::Key_Plus)) + QLatin1String(" / ") +
             keys(QKeySequence(Qt::CTRL | Qt::Key_Minus)),
         tr("Larger / smaller text")},
        {keys(QKeySequence(Qt::CTRL | Qt::Key_0)), tr("Actual text size")},
        {tr("Tab / Shift+Tab"), tr("Move between the outline, the lesson and the buttons")},
        {keys(QKeySequence::HelpContents), tr("This list")},
        {keys(QKeySequence::Quit), tr("Quit")},
    };
}

ShortcutsDialog::ShortcutsDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    const auto rows = shortcuts();
    auto *table = new QTableWidget(int(rows.size()), 2, this);
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->setHorizontalHeaderLabels({tr("Keys"), tr("Action")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int i = 0; i < rows.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(rows.at(i).first));
        table->setItem(i, 1, new QTableWidgetItem(rows.at(i).second));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table);
    layout->addWidget(buttons);
    resize(560, 460);
}

} // namespace oht::ui
