#pragma once

#include "command.h"

#include <QCoreApplication>

namespace oht::cli {

/// `ohtpack sign PACK --key KEYFILE`: adds (or replaces) the pack's signature.json.
class SignCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(oht::cli::SignCommand)

public:
    QString name() const override { return QStringLiteral("sign"); }
    QString summary() const override;
    QString synopsis() const override { return QStringLiteral("--key KEYFILE PACK"); }
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const QString &dataDir,
            Console &console) const override;
};

} // namespace oht::cli
