#pragma once

#include "command.h"

#include <QCoreApplication>

namespace oht::cli {

/// `ohtpack catalog DIR -o catalog.json [--title TITLE]`: a catalog of the signed packs
/// under DIR, for a web server or a USB stick.
class CatalogCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(oht::cli::CatalogCommand)

public:
    QString name() const override { return QStringLiteral("catalog"); }
    QString summary() const override;
    QString synopsis() const override
    {
        return QStringLiteral("-o catalog.json [--title TITLE] DIR");
    }
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const QString &dataDir,
            Console &console) const override;
};

} // namespace oht::cli
