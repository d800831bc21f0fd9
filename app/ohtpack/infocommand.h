#pragma once

#include "command.h"

#include <QCoreApplication>

namespace oht::cli {

/// `ohtpack info`: show a pack's details and outline.
class InfoCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(oht::cli::InfoCommand)

public:
    QString name() const override { return QStringLiteral("info"); }
    QString summary() const override;
    QString synopsis() const override;
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const QString &dataDir,
            Console &console) const override;
};

} // namespace oht::cli
