#pragma once

#include "command.h"

#include <QCoreApplication>

namespace oht::cli {

/// `ohtpack validate PATH [--json]`: reports every problem of a source folder or a
/// built pack; exit 1 when there are errors.
class ValidateCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(oht::cli::ValidateCommand)

public:
    QString name() const override { return QStringLiteral("validate"); }
    QString summary() const override;
    QString synopsis() const override { return QStringLiteral("[--json] PATH"); }
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const QString &dataDir,
            Console &console) const override;
};

} // namespace oht::cli
