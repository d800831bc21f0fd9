#pragma once

#include "command.h"

#include <QCoreApplication>

namespace oht::cli {

/// `ohtpack keygen -o KEYFILE [--name NAME]`: a publisher's Ed25519 key pair; the secret
/// key file is written owner-only, the public key to KEYFILE.pub and printed.
class KeygenCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(oht::cli::KeygenCommand)

public:
    QString name() const override { return QStringLiteral("keygen"); }
    QString summary() const override;
    QString synopsis() const override { return QStringLiteral("-o KEYFILE [--name NAME]"); }
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int minPositional() const override { return 0; }
    int maxPositional() const override { return 0; }
    int run(const QCommandLineParser &parser, const QString &dataDir,
            Console &console) const override;
};

} // namespace oht::cli
