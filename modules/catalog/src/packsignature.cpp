#include "oht/catalog/packsignature.h"

#include "oht/catalog/ed25519.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

namespace oht::catalog {

namespace {

const QString kEd25519 = QStringLiteral("ed25519");
constexpr qsizetype kMaxSignatureFileBytes = 64 * 1024;

QString tr(const char *text)
{
    return QCoreApplication::translate("oht::catalog::PackSignature", text);
}

Error malformed(const QString &where, const QString &detail)
{
    return Error::invalid(QStringLiteral("catalog.bad-signature-format"),
                          tr("The signature in %1 is malformed: %2").arg(where, detail));
}

} // namespace

QJsonObject PackSignature::toJson() const
{
    return QJsonObject{{QStringLiteral("algorithm"), algorithm},
                       {QStringLiteral("keyId"), keyId},
                       {QStringLiteral("signature"), QString::fromLatin1(signature.toBase64())}};
}

Result<PackSignature> PackSignature::fromJson(const QJsonObject &object, const QString &where)
{
    static const QRegularExpression keyIdPattern(QStringLiteral("^[0-9a-f]{16}$"));
    PackSignature result;
    const QJsonValue algorithm = object.value(QStringLiteral("algorithm"));
    if (!algorithm.isString())
        return malformed(where, tr("\"algorithm\" is missing."));
    if (algorithm.toString() != kEd25519)
        return Error::invalid(QStringLiteral("catalog.unsupported-algorithm"),
                              tr("The signature in %1 uses the algorithm \"%2\"; this app "
                                 "knows only \"ed25519\".")
                                  .arg(where, algorithm.toString().left(40)));
    result.algorithm = kEd25519;
    result.keyId = object.value(QStringLiteral("keyId")).toString();
    if (!keyIdPattern.match(result.keyId).hasMatch())
        return malformed(where, tr("\"keyId\" must be 16 lower-case hex characters."));
    const auto decoded = QByteArray::fromBase64Encoding(
        object.value(QStringLiteral("signature")).toString().toLatin1(),
        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != Ed25519::kSignatureBytes)
        return malformed(where, tr("\"signature\" must be 64 bytes in base64."));
    result.signature = decoded.decoded;
    return result;
}

QByteArray PackSignature::toFileBytes() const
{
    // QJsonDocument sorts keys, so the same signature always gives the same file.
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

Result<PackSignature> PackSignature::fromFileBytes(const QByteArray &bytes)
{
    const QString where = QString::fromLatin1(kSignatureFileName);
    if (bytes.size() > kMaxSignatureFileBytes)
        return malformed(where, tr("the file is too large."));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return malformed(where, tr("it is not a JSON object."));
    return fromJson(document.object(), where);
}

} // namespace oht::catalog
