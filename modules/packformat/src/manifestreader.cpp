#include "manifestreader.h"

#include "oht/core/appinfo.h"
#include "spdxexpression.h"
#include "valuerules.h"

#include <QCoreApplication>

namespace oht::packformat::detail {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("oht::packformat::ManifestParser", text);
}

const QString kInvalid = QStringLiteral("invalid-value");
} // namespace

ManifestReader::ManifestReader(const QByteArray &json, const QString &fileName, Findings &findings,
                               ManifestKind kind)
    : m_schema(json, fileName, findings), m_kind(kind)
{}

std::optional<Manifest> ManifestReader::read()
{
    const auto root = m_schema.parseRoot();
    if (!root)
        return std::nullopt;
    m_schema.reportDuplicateKeys();
    const JsonObjectRef top{*root, QString(), tr("the manifest"), {}};
    Manifest m;

    if (const auto v = m_schema.integer(top, QLatin1StringView("formatVersion"), Need::Required)) {
        if (*v > kPackFormatVersion) {
            // A newer format may mean anything; checking it against our rules would only
            // produce noise. Keep what identifies the pack, for the message around it.
            m_schema.error(QStringLiteral("unsupported-format"),
                           top.pointerOf(QLatin1StringView("formatVersion")),
                           tr("This pack uses format version %1, but this app reads only version "
                              "%2. Install a newer version of the app to open it.")
                               .arg(*v)
                               .arg(kPackFormatVersion));
            m.formatVersion = int(qMin<qint64>(*v, 1000000));
            m.id = root->value(QLatin1String("id")).toString();
            m.title = root->value(QLatin1String("title")).toString();
            m.version =
                SemVer::parse(root->value(QLatin1String("version")).toString()).value_or(SemVer());
            return m;
        }
        if (*v < 1)
            m_schema.error(kInvalid, top.pointerOf(QLatin1StringView("formatVersion")),
                           tr("The format version must be 1, not %1.").arg(*v));
        else
            m.formatVersion = int(*v);
    }

    readIdentity(top, m);
    readAuthors(top, m);
    readLicense(top, m);
    readDates(top, m);
    readTags(top, m);
    readModules(top, m);
    if (m_kind == ManifestKind::Built)
        readFiles(top, m);
    m_schema.checkUnknown(top, {"formatVersion", "id", "version", "title", "description",
                                "language", "authors", "license", "created", "reviewBy",
                                "minAppVersion", "tags", "modules", "files"});
    return m;
}

void ManifestReader::readIdentity(const JsonObjectRef &top, Manifest &m)
{
    if (const auto id = m_schema.string(top, QLatin1StringView("id"), Need::Required)) {
        m.id = *id;
        if (!isValidPackId(*id))
            m_schema.error(kInvalid, top.pointerOf(QLatin1StringView("id")),
                           tr("The pack id \"%1\" is not valid: use 3 to 100 characters of a-z, "
                              "0-9, dots and hyphens, starting with a letter, like "
                              "\"org.example.course\".")
                               .arg(*id));
    }
    if (const auto v = m_schema.string(top, QLatin1StringView("version"), Need::Required)) {
        if (const auto sv = SemVer::parse(*v))
            m.version = *sv;
        else
            m_schema.error(kInvalid, top.pointerOf(QLatin1StringView("version")),
                           tr("The version \"%1\" is not a semantic version like 1.0.0.").arg(*v));
    }
    if (const auto t = m_schema.string(top, QLatin1StringView("title"), Need::Required)) {
        m.title = *t;
        const qsizetype n = characterCount(*t);
        if (t->trimmed().isEmpty() || n > 200)
            m_schema.error(kInvalid, top.pointerOf(QLatin1StringView("title")),
                           tr("The pack title must have 1 to 200 characters; it has %1.")
                               .arg(t->trimmed().isEmpty() ? 0 : n));
    }
    if (const auto d = m_schema.string(top, QLatin1StringView("description"), Need::Required))
        m.description = *d;
    if (const auto l = m_schema.string(top, QLatin1StringView("language"), Need::Required)) {
        m.language = *l;
        if (!isValidLanguageTag(*l))
            m_schema.error(kInvalid, top.pointerOf(QLatin1StringView("language")),
                           tr("The language \"%1\" is not a BCP 47 language tag like \"en\", "
                              "\"en-GB\" or \"pt-BR\".")
                               .arg(*l));
    }
    if (const auto v = m_schema.string(top, QLatin1StringView("minAppVersion"), Need::Optional)) {
        if (const auto sv = SemVer::parse(*v))
            m.minAppVersion = *sv;
        else
            m_schema.error(kInvalid, top.pointerOf(QLatin1StringView("minAppVersion")),
                           tr("The minimum app version \"%1\" is not a semantic version like "
                              "0.1.0.")
                               .arg(*v));
    }
}

void ManifestReader::readAuthors(const JsonObjectRef &top, Manifest &m)
{
    const QString pointer = top.pointerOf(QLatin1StringView("authors"));
    const auto authors = m_schema.array(top, QLatin1StringView("authors"), Need::Required);
    if (!authors)
        return;
    if (authors->isEmpty())
        m_schema.error(kInvalid, pointer, tr("The manifest must name at least one author."));
    for (qsizetype i = 0; i < authors->size(); ++i) {
        auto a = m_schema.element(*authors, i, pointer, QLatin1StringView("authors"),
                                  tr("the manifest"));
        if (!a)
            continue;
        a->owner = tr("author %1").arg(i + 1);
        Author author;
        if (const auto name = m_schema.string(*a, QLatin1StringView("name"), Need::Required)) {
            author.name = *name;
            if (name->trimmed().isEmpty())
                m_schema.error(kInvalid, a->pointerOf(QLatin1StringView("name")),
                               tr("The name of author %1 is empty.").arg(i + 1));
        }
        author.role =
            m_schema.string(*a, QLatin1StringView("role"), Need::Optional).value_or(QString());
        author.contact =
            m_schema.string(*a, QLatin1StringView("contact"), Need::Optional).value_or(QString());
        m_schema.checkUnknown(*a, {"name", "role", "contact"});
        m.authors.append(author);
    }
}

void ManifestReader::readLicense(const JsonObjectRef &top, Manifest &m)
{
    const auto l = m_schema.string(top, QLatin1StringView("license"), Need::Required);
    if (!l)
        return;
    m.license = *l;
    const QString pointer = top.pointerOf(QLatin1StringView("license"));
    const SpdxCheck check = checkSpdxExpression(*l);
    if (!check.valid) {
        m_schema.error(kInvalid, pointer,
                       tr("The licence \"%1\" is not an SPDX licence expression like "
                          "\"CC-BY-4.0\" or \"CC-BY-SA-4.0 OR MIT\": %2.")
                           .arg(*l, check.problem));
        return;
    }
    for (const QString &id : check.unknownIds)
        m_schema.report(QStringLiteral("unknown-license"), Severity::Warning, pointer,
                        SchemaReader::At::Value,
                        tr("The licence \"%1\" is not one this app knows. Check the spelling "
                           "against the SPDX licence list, or use \"LicenseRef-...\" for a "
                           "licence of your own.")
                            .arg(id));
}

void ManifestReader::readDates(const JsonObjectRef &top, Manifest &m)
{
    auto readDate = [&](QLatin1StringView key, QDate &out) {
        const auto s = m_schema.string(top, key, Need::Required);
        if (!s)
            return;
        if (const auto d = parseIsoDate(*s))
            out = *d;
        else
            m_schema.error(kInvalid, top.pointerOf(key),
                           tr("The date \"%1\" in \"%2\" is not a date written as YYYY-MM-DD.")
                               .arg(*s, QString(key)));
    };
    readDate(QLatin1StringView("created"), m.created);
    readDate(QLatin1StringView("reviewBy"), m.reviewBy);
    if (m.created.isValid() && m.reviewBy.isValid() && m.reviewBy < m.created)
        m_schema.error(QStringLiteral("review-before-created"),
                       top.pointerOf(QLatin1StringView("reviewBy")),
                       tr("The review date %1 is before the creation date %2.")
                           .arg(m.reviewBy.toString(Qt::ISODate), m.created.toString(Qt::ISODate)));
}

void ManifestReader::readTags(const JsonObjectRef &top, Manifest &m)
{
    const auto tags = m_schema.array(top, QLatin1StringView("tags"), Need::Optional);
    if (!tags)
        return;
    const QString pointer = top.pointerOf(QLatin1StringView("tags"));
    for (qsizetype i = 0; i < tags->size(); ++i) {
        const QJsonValue v = tags->at(i);
        if (v.isString())
            m.tags.append(v.toString());
        else
            m_schema.error(QStringLiteral("wrong-type"), JsonLocator::child(pointer, i),
                           tr("Tag %1 must be text, but it is %2.")
                               .arg(QString::number(i + 1), SchemaReader::typeName(v)));
    }
}

void ManifestReader::claimId(const QString &id, const QString &pointer, const QString &owner)
{
    const auto it = m_ids.constFind(id);
    if (it == m_ids.constEnd()) {
        m_ids.insert(id, owner);
        return;
    }
    m_schema.error(QStringLiteral("duplicate-id"), pointer,
                   tr("The id \"%1\" is used twice, by %2 and by %3. Module and item ids must be "
                      "unique in the whole pack.")
                       .arg(id, it.value(), owner),
                   id);
}

} // namespace oht::packformat::detail
