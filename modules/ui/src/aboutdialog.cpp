#include "oht/ui/aboutdialog.h"

#include "oht/core/appinfo.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace oht::ui {

QList<AboutDialog::Component> AboutDialog::components()
{
    // Licences as their projects state them (SPDX ids where one exists). Chromium, inside
    // Qt WebEngine, bundles many third-party libraries; its full list of notices ships
    // with Qt WebEngine (chrome://credits in a browser built from it).
    return {
        {QStringLiteral("Qt 6"), QStringLiteral("LGPL-3.0-only"),
         tr("Windows, widgets, database access, translations")},
        {QStringLiteral("Qt WebEngine / Chromium"),
         QStringLiteral("LGPL-3.0-only; Chromium: BSD-3-Clause and others"),
         tr("The sealed lesson reader")},
        {QStringLiteral("libarchive"), QStringLiteral("BSD-2-Clause"),
         tr("Reading and writing course packs (zip)")},
        {QStringLiteral("md4c"), QStringLiteral("MIT"), tr("Markdown lessons")},
        {QStringLiteral("SQLite"), tr("Public domain"), tr("The library and progress databases")},
        {QStringLiteral("libsodium"), QStringLiteral("ISC"),
         tr("Signatures of catalogs and packs, PIN hashing")},
        {QStringLiteral("zlib"), QStringLiteral("Zlib"), tr("Compression")},
    };
}

AboutDialog::AboutDialog(int schemaVersion, const QString &dataDir, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About HealthTech Toolkit"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);
    auto *title = new QLabel(
        QStringLiteral("<h2>%1</h2><p>%2</p>")
            .arg(tr("HealthTech Toolkit"),
                 tr("Offline courses about health technology, made for One HealthTech.")),
        this);
    title->setWordWrap(true);
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *header = new QHBoxLayout;
    header->addWidget(icon);
    header->addWidget(title, 1);

    auto *form = new QFormLayout;
    const QString nativeDir = QDir::toNativeSeparators(dataDir);
    addValue(form, tr("App version:"), appVersionString(), QStringLiteral("appVersion"));
    addValue(form, tr("Library database schema:"), QString::number(schemaVersion),
             QStringLiteral("schemaVersion"));
    addValue(form, tr("Course pack format:"), QString::number(kPackFormatVersion),
             QStringLiteral("packFormatVersion"));
    addValue(form, tr("Qt version:"), QString::fromLatin1(qVersion()), QStringLiteral("qtVersion"));
    addValue(form, tr("Data folder:"), nativeDir, QStringLiteral("dataDir"));
    m_details = QStringLiteral("HealthTech Toolkit %1\nLibrary database schema: %2\n"
                               "Course pack format: %3\nQt: %4\nData folder: %5\n")
                    .arg(appVersionString())
                    .arg(schemaVersion)
                    .arg(kPackFormatVersion)
                    .arg(QString::fromLatin1(qVersion()), nativeDir);

    auto *licence = new QLabel(
        tr("HealthTech Toolkit is free software, licensed under %1. It is built on these "
           "libraries:")
            .arg(appLicense()),
        this);
    licence->setObjectName(QStringLiteral("appLicence"));
    licence->setWordWrap(true);

    const auto rows = components();
    auto *table = new QTableWidget(int(rows.size()), 3, this);
    table->setObjectName(QStringLiteral("licenceTable"));
    table->setAccessibleName(tr("Libraries and their licences"));
    table->setHorizontalHeaderLabels({tr("Library"), tr("Licence"), tr("Used for")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(true);
    for (int i = 0; i < rows.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(rows.at(i).name));
        table->setItem(i, 1, new QTableWidgetItem(rows.at(i).licence));
        table->setItem(i, 2, new QTableWidgetItem(rows.at(i).use));
    }
    // Names and licences at their width; "Used for" takes the rest and wraps.
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy Details"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyDetails"));
    copy->setToolTip(tr("Copy the versions and the data folder, e.g. for a bug report"));
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_details); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(form);
    layout->addSpacing(layout->spacing());
    layout->addWidget(licence);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    resize(720, 560);
}

QLabel *AboutDialog::addValue(QFormLayout *form, const QString &label, const QString &value,
                              const QString &objectName)
{
    auto *field = new QLabel(value, this);
    field->setObjectName(objectName);
    field->setTextFormat(Qt::PlainText);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    field->setWordWrap(true);
    form->addRow(label, field);
    return field;
}

QString AboutDialog::detailsText() const
{
    return m_details;
}

} // namespace oht::ui
