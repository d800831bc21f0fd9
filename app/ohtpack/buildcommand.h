#pragma once

#include "command.h"

#include <QCoreApplication>

namespace oht::cli {

/// `ohtpack build SRC_DIR -o OUT.ohtpack`: validates and writes a byte-reproducible pack;
/// refuses a source with errors (findings printed as by validate, exit 1).
class BuildCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(oht::cli::BuildCommand)

public:
    QString name() const override { return QStringLiteral("build"); }
    QString summary() const override;
    QString synopsis() const override { return QStringLiteral("SRC_DIR -o OUT.ohtpack"); }
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const QString &dataDir,
            Console &console) const override;
};

} // namespace oht::cli
