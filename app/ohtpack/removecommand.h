#pragma once

#include "command.h"

#include <QCoreApplication>

namespace oht::cli {

/// `ohtpack remove`: remove an installed pack.
class RemoveCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(oht::cli::RemoveCommand)

public:
    QString name() const override { return QStringLiteral("remove"); }
    QString summary() const override;
    QString synopsis() const override;
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const QString &dataDir,
            Console &console) const override;
};

} // namespace oht::cli
