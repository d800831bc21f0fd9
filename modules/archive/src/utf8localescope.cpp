#include "utf8localescope.h"

#if defined(Q_OS_UNIX)
#include <clocale>
#include <cstring>
#include <langinfo.h>
#include <locale.h>
#endif

namespace oht::archive::detail {

#if defined(Q_OS_UNIX)

namespace {
bool codesetIsUtf8()
{
    const char *codeset = nl_langinfo(CODESET);
    return codeset && (std::strcmp(codeset, "UTF-8") == 0 || std::strcmp(codeset, "utf8") == 0);
}
} // namespace

Utf8LocaleScope::Utf8LocaleScope()
{
    if (codesetIsUtf8()) {
        m_active = true; // already UTF-8: leave the thread alone
        return;
    }
    // Names differ between glibc, musl and macOS; the first that exists wins.
    for (const char *name : {"C.UTF-8", "C.utf8", "en_US.UTF-8", "UTF-8"}) {
        // Start from a copy of the thread's locale so only LC_CTYPE changes.
        locale_t base = duplocale(uselocale(locale_t(nullptr)));
        if (!base)
            return;
        locale_t loc = newlocale(LC_CTYPE_MASK, name, base);
        if (!loc) {
            freelocale(base); // newlocale leaves the base alone when it fails
            continue;
        }
        m_locale = loc;
        m_previous = uselocale(loc);
        m_active = true;
        return;
    }
}

Utf8LocaleScope::~Utf8LocaleScope()
{
    if (m_locale) {
        uselocale(static_cast<locale_t>(m_previous));
        freelocale(static_cast<locale_t>(m_locale));
    }
}

#else

// Windows builds of libarchive keep names as wide strings, so there is nothing to switch.
Utf8LocaleScope::Utf8LocaleScope() : m_active(true) {}
Utf8LocaleScope::~Utf8LocaleScope() = default;

#endif

} // namespace oht::archive::detail
