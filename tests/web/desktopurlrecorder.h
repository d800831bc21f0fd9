#pragma once

#include <QObject>
#include <QStringList>
#include <QUrl>

namespace oht::test {

/// Stands in for the desktop's programs while it lives: QDesktopServices::openUrl calls
/// it instead of starting a browser, mail program, dialler or any program that claims a
/// scheme. A sealed lesson must never get that far, so `opened` must stay empty.
class DesktopUrlRecorder : public QObject
{
    Q_OBJECT
public:
    explicit DesktopUrlRecorder(QStringList schemes = {
                                    QStringLiteral("http"), QStringLiteral("https"),
                                    QStringLiteral("mailto"), QStringLiteral("tel"),
                                    QStringLiteral("ms-msdt")});
    ~DesktopUrlRecorder() override;

    QStringList opened;

public slots:
    void open(const QUrl &url);

private:
    QStringList m_schemes;
};

} // namespace oht::test
