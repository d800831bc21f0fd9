#include "oht/packformat/jsonlocator.h"

#include <QSet>

namespace oht::packformat {

namespace {

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/// Walks the text byte by byte, keeping line and column current so that recording a
/// position is O(1) (a minified file is one long line; recounting would be quadratic).
class Cursor
{
public:
    explicit Cursor(const QByteArray &text) : m_p(text.constData()), m_end(m_p + text.size())
    {
        // QJsonDocument accepts a UTF-8 byte order mark; editors do not show it as a column.
        if (text.startsWith("\xEF\xBB\xBF"))
            m_p += 3;
    }

    bool atEnd() const { return m_p >= m_end; }
    char peek() const { return atEnd() ? '\0' : *m_p; }
    TextPosition position() const { return {m_line, m_column}; }

    void advance()
    {
        if (atEnd())
            return;
        const auto b = static_cast<unsigned char>(*m_p++);
        if (b == '\n') {
            ++m_line;
            m_column = 1;
        } else if ((b & 0xC0) != 0x80) { // continuation bytes belong to the previous code point
            ++m_column;
        }
    }
    void skipSpace()
    {
        while (!atEnd() && isJsonSpace(*m_p))
            advance();
    }
    bool consume(const char *literal)
    {
        for (const char *l = literal; *l; ++l) {
            if (peek() != *l)
                return false;
            advance();
        }
        return true;
    }

    /// Scans a string starting at its opening quote; decodes it into `out` when given.
    bool scanString(QString *out)
    {
        advance(); // opening quote
        QByteArray utf8;
        QString decoded;
        while (!atEnd()) {
            const char c = peek();
            if (c == '"') {
                advance();
                if (out)
                    *out = decoded + QString::fromUtf8(utf8);
                return true;
            }
            if (c != '\\') {
                if (out)
                    utf8.append(c);
                advance();
                continue;
            }
            advance();
            const char e = peek();
            char plain = 0;
            switch (e) {
            case '"':
                plain = '"';
                break;
            case '\\':
                plain = '\\';
                break;
            case '/':
                plain = '/';
                break;
            case 'b':
                plain = '\b';
                break;
            case 'f':
                plain = '\f';
                break;
            case 'n':
                plain = '\n';
                break;
            case 'r':
                plain = '\r';
                break;
            case 't':
                plain = '\t';
                break;
            case 'u':
                break;
            default:
                if (atEnd())
                    return false;
                plain = e; // QJsonDocument takes "\q" as "q"; positions must not stop here
            }
            advance();
            if (plain) {
                if (out)
                    utf8.append(plain);
                continue;
            }
            char16_t unit = 0;
            for (int i = 0; i < 4; ++i) {
                const int h = hexValue(peek());
                if (h < 0)
                    return false;
                unit = char16_t(unit * 16 + h);
                advance();
            }
            if (out) {
                decoded += QString::fromUtf8(utf8);
                utf8.clear();
                decoded += QChar(unit); // surrogate halves pair up inside QString
            }
        }
        return false;
    }

    bool scanNumber()
    {
        if (peek() == '-')
            advance();
        if (peek() == '0') {
            advance();
        } else if (isDigit(peek())) {
            while (isDigit(peek()))
                advance();
        } else {
            return false;
        }
        if (peek() == '.') {
            advance();
            if (!isDigit(peek()))
                return false;
            while (isDigit(peek()))
                advance();
        }
        if (peek() == 'e' || peek() == 'E') {
            advance();
            if (peek() == '+' || peek() == '-')
                advance();
            if (!isDigit(peek()))
                return false;
            while (isDigit(peek()))
                advance();
        }
        return true;
    }

private:
    const char *m_p;
    const char *m_end;
    int m_line = 1;
    int m_column = 1;
};

struct Frame
{
    bool isObject = false;
    QString pointer;
    qsizetype index = 0;
    QString key; ///< the member being read
    QSet<QString> keys;
};

} // namespace

JsonLocator::JsonLocator(QByteArray json) : m_json(std::move(json)) {}

QString JsonLocator::child(const QString &parent, QStringView key)
{
    QString escaped = key.toString();
    escaped.replace(QLatin1Char('~'), QLatin1String("~0"));
    escaped.replace(QLatin1Char('/'), QLatin1String("~1"));
    return parent + QLatin1Char('/') + escaped;
}

QString JsonLocator::child(const QString &parent, qsizetype index)
{
    return parent + QLatin1Char('/') + QString::number(index);
}

TextPosition JsonLocator::valuePosition(const QString &pointer) const
{
    index(true);
    return m_values.value(pointer);
}

TextPosition JsonLocator::keyPosition(const QString &pointer) const
{
    index(true);
    return m_keys.value(pointer);
}

TextPosition JsonLocator::syntaxError() const
{
    index(false);
    return m_error;
}

QList<JsonLocator::DuplicateKey> JsonLocator::duplicateKeys() const
{
    index(false);
    return m_duplicates;
}

TextPosition JsonLocator::positionOfOffset(qsizetype offset) const
{
    Cursor c(m_json);
    if (m_json.startsWith("\xEF\xBB\xBF"))
        offset -= 3;
    for (qsizetype i = 0; i < offset && !c.atEnd(); ++i)
        c.advance();
    return c.position();
}

void JsonLocator::index(bool positions) const
{
    if (m_indexed || (m_scanned && !positions))
        return;
    m_scanned = true;
    m_indexed = positions;
    m_duplicates.clear();
    m_error = {};

    enum class State { Value, ValueOrEnd, KeyOrEnd, Key, AfterValue };
    Cursor c(m_json);
    QList<Frame> stack;
    State state = State::Value;
    // Pointer of the value about to be read, built only when needed: most values are
    // scalars whose pointer nobody asks for.
    auto pending = [&stack] {
        if (stack.isEmpty())
            return QString();
        const Frame &top = stack.last();
        return top.isObject ? child(top.pointer, top.key) : child(top.pointer, top.index);
    };

    for (;;) {
        c.skipSpace();
        switch (state) {
        case State::Value:
        case State::ValueOrEnd: {
            if (state == State::ValueOrEnd) {
                if (c.peek() == ']') {
                    c.advance();
                    stack.removeLast();
                    state = State::AfterValue;
                    continue;
                }
            }
            if (positions)
                m_values.insert(pending(), c.position());
            const char ch = c.peek();
            if (ch == '{' || ch == '[') {
                if (stack.size() >= kMaxDepth) {
                    m_error = c.position();
                    return;
                }
                c.advance();
                stack.append(Frame{ch == '{', pending(), 0, {}, {}});
                state = ch == '{' ? State::KeyOrEnd : State::ValueOrEnd;
                continue;
            }
            bool ok = false;
            if (ch == '"')
                ok = c.scanString(nullptr);
            else if (ch == '-' || isDigit(ch))
                ok = c.scanNumber();
            else if (ch == 't')
                ok = c.consume("true");
            else if (ch == 'f')
                ok = c.consume("false");
            else if (ch == 'n')
                ok = c.consume("null");
            if (!ok) {
                m_error = c.position(); // where reading stopped: the offending character
                return;
            }
            state = State::AfterValue;
            continue;
        }
        case State::AfterValue: {
            if (stack.isEmpty()) {
                if (!c.atEnd())
                    m_error = c.position();
                return;
            }
            Frame &top = stack.last();
            const char ch = c.peek();
            if (ch == ',') {
                c.advance();
                if (top.isObject) {
                    state = State::Key;
                } else {
                    ++top.index;
                    state = State::Value;
                }
            } else if ((ch == '}' && top.isObject) || (ch == ']' && !top.isObject)) {
                c.advance();
                stack.removeLast();
            } else {
                m_error = c.position();
                return;
            }
            continue;
        }
        case State::KeyOrEnd:
        case State::Key: {
            if (state == State::KeyOrEnd && c.peek() == '}') {
                c.advance();
                stack.removeLast();
                state = State::AfterValue;
                continue;
            }
            const TextPosition keyPos = c.position();
            QString key;
            if (c.peek() != '"' || !c.scanString(&key)) {
                m_error = c.position();
                return;
            }
            c.skipSpace();
            if (c.peek() != ':') {
                m_error = c.position();
                return;
            }
            c.advance();
            Frame &top = stack.last();
            top.key = key;
            if (positions)
                m_keys.insert(pending(), keyPos);
            if (top.keys.contains(key))
                m_duplicates.append({pending(), keyPos});
            else
                top.keys.insert(key);
            state = State::Value;
            continue;
        }
        }
    }
}

} // namespace oht::packformat
