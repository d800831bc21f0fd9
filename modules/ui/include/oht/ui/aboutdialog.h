#pragma once

#include <QDialog>
#include <QList>

class QFormLayout;
class QLabel;

namespace oht::ui {

/// Help ▸ About: the app's version, the library's database schema version and the
/// course pack format version (what a volunteer asks for in a bug report), the data
/// folder, the app's licence and the licences of the libraries it is built on.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    /// One library the app uses (or ships) and its licence.
    struct Component
    {
        QString name;
        QString licence;
        QString use;
    };

    /// `schemaVersion` is Library::schemaVersion() of the open library.
    AboutDialog(int schemaVersion, const QString &dataDir, QWidget *parent = nullptr);

    /// The libraries listed, translated, in display order.
    static QList<Component> components();
    /// The versions and folder as plain text, as "Copy Details" puts them on the clipboard.
    QString detailsText() const;

private:
    QLabel *addValue(QFormLayout *form, const QString &label, const QString &value,
                     const QString &objectName);

    QString m_details;
};

} // namespace oht::ui
