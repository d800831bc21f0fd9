#pragma once

#include "command.h"

#include <QCoreApplication>

namespace oht::cli {

/// `ohtpack import FILE.ohtpack [--force]`: installs, updates (item ids kept) or leaves
/// alone; an older version is refused unless --force.
class ImportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(oht::cli::ImportCommand)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    QString synopsis() const override { return QStringLiteral("[--force] FILE.ohtpack"); }
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const QString &dataDir,
            Console &console) const override;
};

} // namespace oht::cli
