// HTML character references: all numeric ones and the named ones lessons actually use
// (Latin-1, typography, Greek letters, arrows and maths), not HTML5's full 2,000.
#include "htmlscanner.h"

#include <QString>
#include <algorithm>
#include <cstring>
#include <vector>

namespace oht::packformat::detail {

namespace {

struct Entity
{
    const char *name;
    char32_t code;
};

// clang-format off
constexpr Entity kEntities[] = {
    {"amp", 38}, {"lt", 60}, {"gt", 62}, {"quot", 34}, {"apos", 39}, {"nbsp", 160},
    {"iexcl", 161}, {"cent", 162}, {"pound", 163}, {"curren", 164}, {"yen", 165},
    {"brvbar", 166}, {"sect", 167}, {"uml", 168}, {"copy", 169}, {"ordf", 170},
    {"laquo", 171}, {"not", 172}, {"shy", 173}, {"reg", 174}, {"macr", 175}, {"deg", 176},
    {"plusmn", 177}, {"sup2", 178}, {"sup3", 179}, {"acute", 180}, {"micro", 181},
    {"para", 182}, {"middot", 183}, {"cedil", 184}, {"sup1", 185}, {"ordm", 186},
    {"raquo", 187}, {"frac14", 188}, {"frac12", 189}, {"frac34", 190}, {"iquest", 191},
    {"Agrave", 192}, {"Aacute", 193}, {"Acirc", 194}, {"Atilde", 195}, {"Auml", 196},
    {"Aring", 197}, {"AElig", 198}, {"Ccedil", 199}, {"Egrave", 200}, {"Eacute", 201},
    {"Ecirc", 202}, {"Euml", 203}, {"Igrave", 204}, {"Iacute", 205}, {"Icirc", 206},
    {"Iuml", 207}, {"ETH", 208}, {"Ntilde", 209}, {"Ograve", 210}, {"Oacute", 211},
    {"Ocirc", 212}, {"Otilde", 213}, {"Ouml", 214}, {"times", 215}, {"Oslash", 216},
    {"Ugrave", 217}, {"Uacute", 218}, {"Ucirc", 219}, {"Uuml", 220}, {"Yacute", 221},
    {"THORN", 222}, {"szlig", 223}, {"agrave", 224}, {"aacute", 225}, {"acirc", 226},
    {"atilde", 227}, {"auml", 228}, {"aring", 229}, {"aelig", 230}, {"ccedil", 231},
    {"egrave", 232}, {"eacute", 233}, {"ecirc", 234}, {"euml", 235}, {"igrave", 236},
    {"iacute", 237}, {"icirc", 238}, {"iuml", 239}, {"eth", 240}, {"ntilde", 241},
    {"ograve", 242}, {"oacute", 243}, {"ocirc", 244}, {"otilde", 245}, {"ouml", 246},
    {"divide", 247}, {"oslash", 248}, {"ugrave", 249}, {"uacute", 250}, {"ucirc", 251},
    {"uuml", 252}, {"yacute", 253}, {"thorn", 254}, {"yuml", 255},
    {"OElig", 338}, {"oelig", 339}, {"Scaron", 352}, {"scaron", 353}, {"Yuml", 376},
    {"fnof", 402}, {"circ", 710}, {"tilde", 732},
    {"Alpha", 913}, {"Beta", 914}, {"Gamma", 915}, {"Delta", 916}, {"Epsilon", 917},
    {"Zeta", 918}, {"Eta", 919}, {"Theta", 920}, {"Iota", 921}, {"Kappa", 922},
    {"Lambda", 923}, {"Mu", 924}, {"Nu", 925}, {"Xi", 926}, {"Omicron", 927}, {"Pi", 928},
    {"Rho", 929}, {"Sigma", 931}, {"Tau", 932}, {"Upsilon", 933}, {"Phi", 934},
    {"Chi", 935}, {"Psi", 936}, {"Omega", 937},
    {"alpha", 945}, {"beta", 946}, {"gamma", 947}, {"delta", 948}, {"epsilon", 949},
    {"zeta", 950}, {"eta", 951}, {"theta", 952}, {"iota", 953}, {"kappa", 954},
    {"lambda", 955}, {"mu", 956}, {"nu", 957}, {"xi", 958}, {"omicron", 959}, {"pi", 960},
    {"rho", 961}, {"sigmaf", 962}, {"sigma", 963}, {"tau", 964}, {"upsilon", 965},
    {"phi", 966}, {"chi", 967}, {"psi", 968}, {"omega", 969},
    {"ensp", 8194}, {"emsp", 8195}, {"thinsp", 8201}, {"zwnj", 8204}, {"zwj", 8205},
    {"lrm", 8206}, {"rlm", 8207}, {"ndash", 8211}, {"mdash", 8212}, {"lsquo", 8216},
    {"rsquo", 8217}, {"sbquo", 8218}, {"ldquo", 8220}, {"rdquo", 8221}, {"bdquo", 8222},
    {"dagger", 8224}, {"Dagger", 8225}, {"bull", 8226}, {"hellip", 8230}, {"permil", 8240},
    {"prime", 8242}, {"Prime", 8243}, {"lsaquo", 8249}, {"rsaquo", 8250}, {"euro", 8364},
    {"trade", 8482}, {"larr", 8592}, {"uarr", 8593}, {"rarr", 8594}, {"darr", 8595},
    {"harr", 8596}, {"lArr", 8656}, {"rArr", 8658}, {"hArr", 8660}, {"part", 8706},
    {"prod", 8719}, {"sum", 8721}, {"minus", 8722}, {"radic", 8730}, {"infin", 8734},
    {"asymp", 8776}, {"ne", 8800}, {"equiv", 8801}, {"le", 8804}, {"ge", 8805},
    {"check", 10003},
};
// clang-format on

const std::vector<Entity> &sortedEntities()
{
    static const std::vector<Entity> sorted = [] {
        std::vector<Entity> v(std::begin(kEntities), std::end(kEntities));
        std::sort(v.begin(), v.end(),
                  [](const Entity &a, const Entity &b) { return std::strcmp(a.name, b.name) < 0; });
        return v;
    }();
    return sorted;
}

char32_t lookup(QByteArrayView name)
{
    const auto &table = sortedEntities();
    const auto it =
        std::lower_bound(table.begin(), table.end(), name, [](const Entity &e, QByteArrayView n) {
            return QByteArrayView(e.name) < n;
        });
    return it != table.end() && QByteArrayView(it->name) == name ? it->code : 0;
}

void appendUtf8(char32_t c, QByteArray &out)
{
    if (c == 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        c = 0xFFFD; // as browsers do
    if (c < 0x80) {
        out.append(char(c));
    } else if (c < 0x800) {
        out.append(char(0xC0 | (c >> 6)));
        out.append(char(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.append(char(0xE0 | (c >> 12)));
        out.append(char(0x80 | ((c >> 6) & 0x3F)));
        out.append(char(0x80 | (c & 0x3F)));
    } else {
        out.append(char(0xF0 | (c >> 18)));
        out.append(char(0x80 | ((c >> 12) & 0x3F)));
        out.append(char(0x80 | ((c >> 6) & 0x3F)));
        out.append(char(0x80 | (c & 0x3F)));
    }
}

bool isAlnum(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

/// Decodes the reference starting at the '&' at `at`; returns the bytes consumed, or 0
/// when there is no reference there.
qsizetype decodeOne(QByteArrayView in, qsizetype at, QByteArray &out)
{
    const qsizetype n = in.size();
    qsizetype i = at + 1;
    if (i < n && in[i] == '#') {
        ++i;
        const bool hex = i < n && (in[i] == 'x' || in[i] == 'X');
        if (hex)
            ++i;
        const qsizetype digitsStart = i;
        char32_t code = 0;
        for (; i < n; ++i) {
            const char c = in[i];
            int d;
            if (c >= '0' && c <= '9')
                d = c - '0';
            else if (hex && c >= 'a' && c <= 'f')
                d = c - 'a' + 10;
            else if (hex && c >= 'A' && c <= 'F')
                d = c - 'A' + 10;
            else
                break;
            code = qMin<char32_t>(code * (hex ? 16 : 10) + char32_t(d), 0x110000); // saturate
        }
        if (i == digitsStart)
            return 0;
        if (i < n && in[i] == ';')
            ++i;
        appendUtf8(code, out);
        return i - at;
    }
    const qsizetype nameStart = i;
    while (i < n && i - nameStart < 32 && isAlnum(in[i]))
        ++i;
    if (i == nameStart || i >= n || in[i] != ';')
        return 0;
    const char32_t code = lookup(in.sliced(nameStart, i - nameStart));
    if (!code)
        return 0;
    appendUtf8(code, out);
    return i + 1 - at;
}

} // namespace

void decodeEntities(QByteArrayView in, QByteArray &out)
{
    const char *data = in.data();
    const qsizetype n = in.size();
    qsizetype i = 0;
    while (i < n) {
        const void *amp = std::memchr(data + i, '&', size_t(n - i));
        if (!amp) {
            out.append(in.sliced(i));
            return;
        }
        const qsizetype a = static_cast<const char *>(amp) - data;
        out.append(in.sliced(i, a - i));
        const qsizetype used = decodeOne(in, a, out);
        if (used == 0) {
            out.append('&');
            i = a + 1;
        } else {
            i = a + used;
        }
    }
}

QString decodeEntities(QByteArrayView in)
{
    if (!in.contains('&'))
        return QString::fromUtf8(in);
    QByteArray out;
    out.reserve(in.size());
    decodeEntities(in, out);
    return QString::fromUtf8(out);
}

} // namespace oht::packformat::detail
