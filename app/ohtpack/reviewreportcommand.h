#pragma once

#include "command.h"

#include <QCoreApplication>

namespace oht::cli {

/// `ohtpack review-report SRC_DIR [-o REPORT.md]`: the Markdown review report from the
/// validator's findings and the notes in SRC_DIR/review-notes.json.
class ReviewReportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(oht::cli::ReviewReportCommand)

public:
    QString name() const override { return QStringLiteral("review-report"); }
    QString summary() const override;
    QString synopsis() const override { return QStringLiteral("SRC_DIR [-o REPORT.md]"); }
    QString description() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, const QString &dataDir,
            Console &console) const override;
};

} // namespace oht::cli
