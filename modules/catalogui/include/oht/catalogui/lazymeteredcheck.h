#pragma once

#include "oht/catalog/meteredcheck.h"

namespace oht::catalogui {

/// The app's metered-connection check, loaded on first use: loading Qt's network
/// information backend costs tens of milliseconds, which the first paint of the window
/// must not wait for, and it is needed only once a download waits for its turn.
class LazyMeteredCheck final : public catalog::MeteredCheck
{
    Q_OBJECT
public:
    explicit LazyMeteredCheck(QObject *parent = nullptr);
    bool isMetered() const override;
    bool isLoaded() const { return m_real != nullptr; }

private:
    mutable catalog::NetworkInformationMeteredCheck *m_real = nullptr;
};

} // namespace oht::catalogui
