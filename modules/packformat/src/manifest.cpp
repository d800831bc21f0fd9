#include "oht/packformat/manifest.h"

namespace oht::packformat {

QList<OutlineItem> Manifest::items() const
{
    QList<OutlineItem> all;
    for (const Module &m : modules)
        all.append(m.items);
    return all;
}

const OutlineItem *Manifest::findItem(const QString &itemId) const
{
    for (const Module &m : modules)
        for (const OutlineItem &item : m.items)
            if (item.id == itemId)
                return &item;
    return nullptr;
}

} // namespace oht::packformat
