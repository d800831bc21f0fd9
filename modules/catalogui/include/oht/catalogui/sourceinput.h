#pragma once

#include "oht/catalog/catalogsource.h"
#include "oht/core/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace oht::catalogui {

/// Turns what a learner typed or picked (a web address, a folder on a USB stick) into a
/// catalog source, with a specific message for every input that cannot be one.
class SourceInput
{
    Q_DECLARE_TR_FUNCTIONS(oht::catalogui::SourceInput)

public:
    /// `existing`: the sources already listed (a duplicate is refused).
    static Result<catalog::CatalogSource> parse(const QString &text,
                                                const QList<catalog::CatalogSource> &existing);
    static Result<catalog::CatalogSource> folder(const QString &path,
                                                 const QList<catalog::CatalogSource> &existing);
};

} // namespace oht::catalogui
