#pragma once

#include <QtGlobal>

namespace oht::archive::detail {

/// Makes the calling thread's character type UTF-8 for the scope's lifetime.
///
/// libarchive converts entry names through the current locale: under "C" a UTF-8 name
/// with non-ASCII characters comes back NULL, and its zip writer only sets the UTF-8
/// flag when the locale's codeset is UTF-8. Switching the process locale would race with
/// other threads, so this switches only this thread's (POSIX uselocale) and restores it.
/// Construct it before the libarchive handle and destroy it after: libarchive caches the
/// charset per handle.
class Utf8LocaleScope
{
public:
    Utf8LocaleScope();
    ~Utf8LocaleScope();
    Utf8LocaleScope(const Utf8LocaleScope &) = delete;
    Utf8LocaleScope &operator=(const Utf8LocaleScope &) = delete;

    /// False when no UTF-8 locale exists on this system (names then depend on the
    /// process locale; non-ASCII ones may be refused as undecodable).
    bool isActive() const { return m_active; }

private:
    void *m_previous = nullptr; ///< the thread's locale_t before the switch
    bool m_switched = false;
    bool m_active = false;
};

} // namespace oht::archive::detail
