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

// Created once and shared: a locale object is read-only once made, and making one
// loads locale data from disk, which showed up in profiles when done per archive.
// Only LC_CTYPE matters to libarchive; the other categories stay "C".
locale_t sharedUtf8Locale()
{
    static const locale_t utf8 = [] {
        // Names differ between glibc, musl and macOS; the first that exists wins.
        for (const char *name : {"C.UTF-8", "C.utf8", "en_US.UTF-8", "UTF-8"}) {
            if (locale_t loc = newlocale(LC_CTYPE_MASK, name, locale_t(nullptr)))
                return loc;
        }
        return locale_t(nullptr);
    }();
    return utf8;
}

} // namespace

Utf8LocaleScope::Utf8LocaleScope()
{
    if (codesetIsUtf8()) {
        m_active = true; // already UTF-8: leave the thread alone
        return;
    }
    if (const locale_t utf8 = sharedUtf8Locale()) {
        m_previous = uselocale(utf8);
        m_switched = true;
        m_active = true;
    }
}

Utf8LocaleScope::~Utf8LocaleScope()
{
    if (m_switched)
        uselocale(static_cast<locale_t>(m_previous));
}

#else

// Windows builds of libarchive keep names as wide strings, so there is nothing to switch.
Utf8LocaleScope::Utf8LocaleScope() : m_active(true) {}
Utf8LocaleScope::~Utf8LocaleScope() = default;

#endif

} // namespace oht::archive::detail
