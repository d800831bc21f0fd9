#pragma once

#include "command.h"

#include <QCoreApplication>

namespace oht::cli {

/// `ohtpack list`: list the installed packs.
class ListCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(oht::cli::ListCommand)

public:
    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override;
    QString synopsis() const override;
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int minPositional() const override { return 0; }
    int maxPositional() const override { return 0; }
    int run(const QCommandLineParser &parser, const QString &dataDir,
            Console &console) const override;
};

} // namespace oht::cli
