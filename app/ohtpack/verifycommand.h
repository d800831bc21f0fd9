#pragma once

#include "command.h"

#include <QCoreApplication>

namespace oht::cli {

/// `ohtpack verify PACK --pubkey KEY`: exit 0 when the pack is intact and signed by KEY,
/// 1 when it is not.
class VerifyCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(oht::cli::VerifyCommand)

public:
    QString name() const override { return QStringLiteral("verify"); }
    QString summary() const override;
    QString synopsis() const override { return QStringLiteral("--pubkey KEY PACK"); }
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const QString &dataDir,
            Console &console) const override;
};

} // namespace oht::cli
