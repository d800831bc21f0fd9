#include "oht/catalogui/lazymeteredcheck.h"

namespace oht::catalogui {

LazyMeteredCheck::LazyMeteredCheck(QObject *parent) : catalog::MeteredCheck(parent) {}

bool LazyMeteredCheck::isMetered() const
{
    if (!m_real) {
        auto *self = const_cast<LazyMeteredCheck *>(this);
        m_real = new catalog::NetworkInformationMeteredCheck(self);
        connect(m_real, &catalog::MeteredCheck::meteredChanged, self,
                &catalog::MeteredCheck::meteredChanged);
    }
    return m_real->isMetered();
}

} // namespace oht::catalogui
