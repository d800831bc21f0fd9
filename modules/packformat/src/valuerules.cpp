#include "valuerules.h"

#include <QRegularExpression>
#include <QStringView>

namespace oht::packformat::detail {

namespace {
bool isLowerAlnum(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}
} // namespace

bool isValidPackId(const QString &id)
{
    if (id.size() < 3 || id.size() > 100)
        return false;
    if (id[0] < QLatin1Char('a') || id[0] > QLatin1Char('z'))
        return false;
    for (const QChar c : id)
        if (!isLowerAlnum(c) && c != QLatin1Char('.') && c != QLatin1Char('-'))
            return false;
    // The id becomes the host of the pack's web origin, so each label must be a host label.
    for (const QStringView label : QStringView(id).split(QLatin1Char('.'))) {
        if (label.isEmpty() || label.size() > 63)
            return false;
        if (label.front() == QLatin1Char('-') || label.back() == QLatin1Char('-'))
            return false;
    }
    return true;
}

bool isValidId(const QString &id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    for (const QChar c : id) {
        const bool ok = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                        (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                        (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_') ||
                        c == QLatin1Char('-');
        if (!ok)
            return false;
    }
    return true;
}

bool isValidLanguageTag(const QString &tag)
{
    // RFC 5646 "langtag" and "privateuse" productions, case-insensitive, except that the
    // primary language has 2 or 3 letters: 4-8 letter subtags are reserved and none is
    // registered, and refusing them catches "English" written out. The alternatives
    // are separated by fixed lengths and hyphens, so matching does not backtrack badly;
    // the length cap keeps it cheap anyway.
    static const QRegularExpression re(
        QStringLiteral("^(?:"
                       "[a-z]{2,3}(?:-[a-z]{3}){0,3}"             // language
                       "(?:-[a-z]{4})?"                           // script
                       "(?:-(?:[a-z]{2}|[0-9]{3}))?"              // region
                       "(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*" // variants
                       "(?:-[0-9a-wyz](?:-[a-z0-9]{2,8})+)*"      // extensions
                       "(?:-x(?:-[a-z0-9]{1,8})+)?"               // private use
                       "|x(?:-[a-z0-9]{1,8})+"                    // private tag
                       ")$"),
        QRegularExpression::CaseInsensitiveOption);
    return tag.size() <= 100 && re.match(tag).hasMatch();
}

std::optional<QDate> parseIsoDate(const QString &text)
{
    if (text.size() != 10 || text[4] != QLatin1Char('-') || text[7] != QLatin1Char('-'))
        return std::nullopt;
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (!text[i].isDigit() || text[i].unicode() > '9')
            return std::nullopt;
    const QDate date(text.left(4).toInt(), text.mid(5, 2).toInt(), text.mid(8, 2).toInt());
    if (!date.isValid())
        return std::nullopt;
    return date;
}

bool isSha256Hex(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text)
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
              (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    return true;
}

qsizetype characterCount(const QString &text)
{
    qsizetype n = 0;
    for (const QChar c : text)
        if (!c.isLowSurrogate())
            ++n;
    return n;
}

} // namespace oht::packformat::detail
