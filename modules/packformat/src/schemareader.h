#pragma once

#include "oht/packformat/finding.h"
#include "oht/packformat/jsonlocator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>
#include <initializer_list>
#include <optional>

namespace oht::packformat::detail {

/// A JSON object being read: where it is and how messages name it.
struct JsonObjectRef
{
    QJsonObject object;
    QString pointer; ///< JSON pointer of the object
    QString owner;   ///< how messages name it: "the manifest", "module \"welcome\""
    QString itemId;  ///< Finding::itemId for findings about it

    QString pointerOf(QLatin1StringView key) const;
};

enum class Need { Required, Optional };

/// Reads a JSON file against a schema, turning every deviation into a positioned finding:
/// missing field -> the enclosing object, wrong type or invalid value -> the value,
/// unknown field -> the key. Shared by the manifest and quiz parsers so both speak alike.
class SchemaReader
{
public:
    SchemaReader(const QByteArray &json, QString fileName, Findings &findings);

    /// Parses the text; reports `json-syntax`, or `wrong-type` when the root is not an object.
    std::optional<QJsonObject> parseRoot();

    const JsonLocator &locator() const { return m_locator; }
    const QString &fileName() const { return m_fileName; }

    enum class At { Value, Key };
    TextPosition position(const QString &pointer, At at = At::Value) const;
    void report(const QString &code, Severity severity, const QString &pointer, At at,
                const QString &message, const QString &itemId = {});
    void error(const QString &code, const QString &pointer, const QString &message,
               const QString &itemId = {})
    {
        report(code, Severity::Error, pointer, At::Value, message, itemId);
    }

    std::optional<QString> string(const JsonObjectRef &obj, QLatin1StringView key, Need need);
    std::optional<double> number(const JsonObjectRef &obj, QLatin1StringView key, Need need);
    std::optional<qint64> integer(const JsonObjectRef &obj, QLatin1StringView key, Need need);
    std::optional<bool> boolean(const JsonObjectRef &obj, QLatin1StringView key, Need need);
    std::optional<QJsonArray> array(const JsonObjectRef &obj, QLatin1StringView key, Need need);

    /// Element `index` of the array at `arrayPointer` as an object, or a wrong-type finding.
    std::optional<JsonObjectRef> element(const QJsonArray &array, qsizetype index,
                                         const QString &arrayPointer, QLatin1StringView key,
                                         const QString &owner, const QString &itemId = {});

    /// `unknown-field` warnings for every key of `obj` not in `known`.
    void checkUnknown(const JsonObjectRef &obj, std::initializer_list<const char *> known);

    /// `duplicate-field` warnings for keys repeated within one object.
    void reportDuplicateKeys();

    /// "text", "a number", ... for messages.
    static QString typeName(const QJsonValue &value);

private:
    enum class Type { String, Number, Integer, Bool, Array };
    std::optional<QJsonValue> field(const JsonObjectRef &obj, QLatin1StringView key, Need need,
                                    Type type);

    JsonLocator m_locator;
    QByteArray m_json;
    QString m_fileName;
    Findings &m_findings;
};

} // namespace oht::packformat::detail
