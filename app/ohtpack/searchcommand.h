#pragma once

#include "command.h"

#include <QCoreApplication>

namespace oht::cli {

/// `ohtpack search`: search the lessons of every installed pack.
class SearchCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(oht::cli::SearchCommand)

public:
    QString name() const override { return QStringLiteral("search"); }
    QString summary() const override;
    QString synopsis() const override;
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int maxPositional() const override { return -1; }
    int run(const QCommandLineParser &parser, const QString &dataDir,
            Console &console) const override;
};

} // namespace oht::cli
