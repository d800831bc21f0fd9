#include "schemareader.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>
#include <cmath>

namespace oht::packformat::detail {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("oht::packformat::SchemaReader", text);
}

QString expectedName(int type)
{
    switch (type) {
    case 0:
        return tr("text");
    case 1:
        return tr("a number");
    case 2:
        return tr("a whole number");
    case 3:
        return tr("true or false");
    default:
        return tr("a list");
    }
}

bool isWholeNumber(double d)
{
    // Beyond 2^53 doubles skip integers, so a "whole number" there is meaningless.
    return std::isfinite(d) && std::floor(d) == d && std::fabs(d) <= 9007199254740992.0;
}
} // namespace

QString JsonObjectRef::pointerOf(QLatin1StringView key) const
{
    return JsonLocator::child(pointer, QString(key));
}

SchemaReader::SchemaReader(const QByteArray &json, QString fileName, Findings &findings)
    : m_locator(json), m_json(json), m_fileName(std::move(fileName)), m_findings(findings)
{}

std::optional<QJsonObject> SchemaReader::parseRoot()
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(m_json, &error);
    if (error.error == QJsonParseError::NoError && doc.isObject())
        return doc.object();

    QByteArray trimmed = m_json.trimmed();
    if (trimmed.startsWith("\xEF\xBB\xBF"))
        trimmed = trimmed.mid(3).trimmed();
    TextPosition where = m_locator.syntaxError();
    const bool scalarRoot = !trimmed.isEmpty() && trimmed[0] != '{' && trimmed[0] != '[';
    if (error.error == QJsonParseError::NoError || (!where.isValid() && scalarRoot)) {
        // Valid JSON, but a list or a single value (which Qt refuses) instead of an object.
        const QString found = doc.isArray() ? tr("a list") : tr("a single value");
        const TextPosition p = m_locator.valuePosition(QString());
        m_findings.append(
            {QStringLiteral("wrong-type"),
             Severity::Error,
             m_fileName,
             p.line,
             p.column,
             tr("%1 must hold a JSON object ({ ... }), but it holds %2.").arg(m_fileName, found),
             {}});
        return std::nullopt;
    }
    // Our strict tokenizer knows exactly where the text breaks; when it finds nothing
    // (invalid UTF-8, which it does not check) Qt's byte offset is the best we have.
    if (!where.isValid())
        where = m_locator.positionOfOffset(error.offset);
    const QString reason = trimmed.isEmpty() ? tr("the file is empty") : error.errorString();
    m_findings.append({QStringLiteral("json-syntax"),
                       Severity::Error,
                       m_fileName,
                       where.line,
                       where.column,
                       tr("%1 is not valid JSON: %2.").arg(m_fileName, reason),
                       {}});
    return std::nullopt;
}

TextPosition SchemaReader::position(const QString &pointer, At at) const
{
    return at == At::Key ? m_locator.keyPosition(pointer) : m_locator.valuePosition(pointer);
}

void SchemaReader::report(const QString &code, Severity severity, const QString &pointer, At at,
                          const QString &message, const QString &itemId)
{
    const TextPosition p = position(pointer, at);
    // Messages often start with the thing they name ("question \"q1\" has ..."); a
    // sentence still starts with a capital.
    QString text = message;
    if (!text.isEmpty() && text[0].isLower())
        text[0] = text[0].toUpper();
    m_findings.append({code, severity, m_fileName, p.line, p.column, text, itemId});
}

std::optional<QJsonValue> SchemaReader::field(const JsonObjectRef &obj, QLatin1StringView key,
                                              Need need, Type type)
{
    const QString name(key);
    const auto it = obj.object.constFind(name);
    if (it == obj.object.constEnd()) {
        if (need == Need::Required)
            error(QStringLiteral("missing-field"), obj.pointer,
                  tr("The required field \"%1\" is missing in %2.").arg(name, obj.owner),
                  obj.itemId);
        return std::nullopt;
    }
    const QJsonValue v = it.value();
    bool ok = false;
    switch (type) {
    case Type::String:
        ok = v.isString();
        break;
    case Type::Number:
        ok = v.isDouble();
        break;
    case Type::Integer:
        ok = v.isDouble() && isWholeNumber(v.toDouble());
        break;
    case Type::Bool:
        ok = v.isBool();
        break;
    case Type::Array:
        ok = v.isArray();
        break;
    }
    if (!ok) {
        error(QStringLiteral("wrong-type"), obj.pointerOf(key),
              tr("The field \"%1\" in %2 must be %3, but it is %4.")
                  .arg(name, obj.owner, expectedName(int(type)), typeName(v)),
              obj.itemId);
        return std::nullopt;
    }
    return v;
}

std::optional<QString> SchemaReader::string(const JsonObjectRef &obj, QLatin1StringView key,
                                            Need need)
{
    const auto v = field(obj, key, need, Type::String);
    return v ? std::optional<QString>(v->toString()) : std::nullopt;
}

std::optional<double> SchemaReader::number(const JsonObjectRef &obj, QLatin1StringView key,
                                           Need need)
{
    const auto v = field(obj, key, need, Type::Number);
    return v ? std::optional<double>(v->toDouble()) : std::nullopt;
}

std::optional<qint64> SchemaReader::integer(const JsonObjectRef &obj, QLatin1StringView key,
                                            Need need)
{
    const auto v = field(obj, key, need, Type::Integer);
    return v ? std::optional<qint64>(qint64(v->toDouble())) : std::nullopt;
}

std::optional<bool> SchemaReader::boolean(const JsonObjectRef &obj, QLatin1StringView key,
                                          Need need)
{
    const auto v = field(obj, key, need, Type::Bool);
    return v ? std::optional<bool>(v->toBool()) : std::nullopt;
}

std::optional<QJsonArray> SchemaReader::array(const JsonObjectRef &obj, QLatin1StringView key,
                                              Need need)
{
    const auto v = field(obj, key, need, Type::Array);
    return v ? std::optional<QJsonArray>(v->toArray()) : std::nullopt;
}

std::optional<JsonObjectRef> SchemaReader::element(const QJsonArray &array, qsizetype index,
                                                   const QString &arrayPointer,
                                                   QLatin1StringView key, const QString &owner,
                                                   const QString &itemId)
{
    const QJsonValue v = array.at(index);
    const QString pointer = JsonLocator::child(arrayPointer, index);
    if (!v.isObject()) {
        error(QStringLiteral("wrong-type"), pointer,
              tr("Entry %1 of \"%2\" in %3 must be an object ({ ... }), but it is %4.")
                  .arg(QString::number(index + 1), QString(key), owner, typeName(v)),
              itemId);
        return std::nullopt;
    }
    return JsonObjectRef{v.toObject(), pointer, QString(), itemId};
}

void SchemaReader::checkUnknown(const JsonObjectRef &obj, std::initializer_list<const char *> known)
{
    for (auto it = obj.object.constBegin(); it != obj.object.constEnd(); ++it) {
        bool isKnown = false;
        for (const char *k : known)
            if (it.key() == QLatin1String(k)) {
                isKnown = true;
                break;
            }
        if (!isKnown)
            report(QStringLiteral("unknown-field"), Severity::Warning,
                   JsonLocator::child(obj.pointer, it.key()), At::Key,
                   tr("The field \"%1\" in %2 is not part of the pack format and is ignored.")
                       .arg(it.key(), obj.owner),
                   obj.itemId);
    }
}

void SchemaReader::reportDuplicateKeys()
{
    for (const auto &dup : m_locator.duplicateKeys()) {
        QString name = dup.pointer.mid(dup.pointer.lastIndexOf(QLatin1Char('/')) + 1);
        name.replace(QLatin1String("~1"), QLatin1String("/"));
        name.replace(QLatin1String("~0"), QLatin1String("~"));
        m_findings.append({QStringLiteral("duplicate-field"),
                           Severity::Warning,
                           m_fileName,
                           dup.position.line,
                           dup.position.column,
                           tr("The field \"%1\" appears more than once in the same object; only "
                              "the last one counts.")
                               .arg(name),
                           {}});
    }
}

QString SchemaReader::typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return tr("text");
    case QJsonValue::Double:
        return tr("a number");
    case QJsonValue::Bool:
        return tr("true or false");
    case QJsonValue::Array:
        return tr("a list");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Null:
        return tr("null");
    default:
        return tr("missing");
    }
}

} // namespace oht::packformat::detail
