#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

namespace oht::packformat {

/// A 1-based line and column in a text file; columns count Unicode code points.
struct TextPosition
{
    int line = 0;
    int column = 0;

    bool isValid() const { return line > 0; }
    bool operator==(const TextPosition &) const = default;
};

/// Finds where keys and values sit in a JSON text. QJsonDocument reports only a byte
/// offset for syntax errors and no positions at all for values, but findings must point
/// at the line and column an author has to fix. Values and keys are addressed by JSON
/// pointer (RFC 6901): "" is the root, "/modules/0/items/2/id" a nested value.
///
/// The text is tokenized once, on the first question, so a file that needs no position
/// (the usual case) costs nothing. The tokenizer follows RFC 8259 but is as lenient as
/// QJsonDocument inside strings (raw control characters, unknown escapes), so that every
/// document Qt accepts gets positions. It is iterative (hostile nesting cannot overflow
/// the stack) and stops at the first syntax error, whose position syntaxError() gives.
class JsonLocator
{
public:
    explicit JsonLocator(QByteArray json);

    /// Where the value at `pointer` starts (its first character); invalid when absent.
    TextPosition valuePosition(const QString &pointer) const;
    /// Where the key of the member at `pointer` starts (its opening quote); invalid for
    /// array elements, the root and absent members.
    TextPosition keyPosition(const QString &pointer) const;
    /// The first syntax error, or an invalid position when the text is valid JSON.
    TextPosition syntaxError() const;
    /// Line and column of a byte offset (e.g. QJsonParseError::offset).
    TextPosition positionOfOffset(qsizetype offset) const;

    struct DuplicateKey
    {
        QString pointer;       ///< the member's pointer
        TextPosition position; ///< the key of the repeated occurrence
    };
    /// Keys that occur more than once in one object, at each occurrence after the first
    /// (QJsonDocument keeps the last one; the others are silently lost).
    QList<DuplicateKey> duplicateKeys() const;

    /// Pointer of a member or element below `parent`, escaping '~' and '/' per RFC 6901.
    static QString child(const QString &parent, QStringView key);
    static QString child(const QString &parent, qsizetype index);

    /// Objects and arrays nested deeper than this stop the tokenizer (as a syntax error),
    /// matching QJsonDocument's own limit.
    static constexpr int kMaxDepth = 1024;

private:
    /// Tokenizes the text. With `positions` it records where every key and value is;
    /// without, only duplicates and the syntax error (much cheaper on a large manifest,
    /// which is checked for duplicates at every import but rarely needs a position).
    void index(bool positions) const;

    QByteArray m_json;
    mutable bool m_scanned = false; ///< duplicates and syntax error known
    mutable bool m_indexed = false; ///< positions known as well
    mutable QHash<QString, TextPosition> m_values;
    mutable QHash<QString, TextPosition> m_keys;
    mutable QList<DuplicateKey> m_duplicates;
    mutable TextPosition m_error;
};

} // namespace oht::packformat
