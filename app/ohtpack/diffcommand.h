#pragma once

#include "command.h"

#include <QCoreApplication>

namespace oht::cli {

/// `ohtpack diff OLD NEW`: what changed between two versions of a pack (each a source
/// folder or a .ohtpack), by stable ids; answer-key changes are called out first.
class DiffCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(oht::cli::DiffCommand)

public:
    QString name() const override { return QStringLiteral("diff"); }
    QString summary() const override;
    QString synopsis() const override { return QStringLiteral("[--json] OLD NEW"); }
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int minPositional() const override { return 2; }
    int maxPositional() const override { return 2; }
    int run(const QCommandLineParser &parser, const QString &dataDir,
            Console &console) const override;
};

} // namespace oht::cli
