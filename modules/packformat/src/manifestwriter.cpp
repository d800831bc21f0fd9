#include "oht/packformat/manifestparser.h"

#include <QList>
#include <QPair>

namespace oht::packformat {

namespace {

/// A JSON value with members in the order they were added. QJsonDocument sorts keys and
/// indents by four, but a built pack.json should read like the spec's example and come
/// out byte-identical for the same manifest.
struct Node
{
    enum class Kind { Scalar, Object, Array } kind = Kind::Scalar;
    QByteArray scalar; ///< already JSON-encoded
    QList<QPair<QByteArray, Node>> members;
    QList<Node> elements;

    Node &add(const char *key, Node value)
    {
        members.append({QByteArray(key), std::move(value)});
        return *this;
    }
};

QByteArray quoted(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out.append('"');
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        default:
            if (c < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out.append("\\u00");
                out.append(hex[c >> 4]);
                out.append(hex[c & 15]);
            } else {
                out.append(ch);
            }
        }
    }
    out.append('"');
    return out;
}

Node str(const QString &s)
{
    return Node{Node::Kind::Scalar, quoted(s), {}, {}};
}
Node num(qint64 n)
{
    return Node{Node::Kind::Scalar, QByteArray::number(n), {}, {}};
}
Node object()
{
    return Node{Node::Kind::Object, {}, {}, {}};
}
Node array()
{
    return Node{Node::Kind::Array, {}, {}, {}};
}

void write(const Node &n, int depth, QByteArray &out)
{
    const QByteArray inner((depth + 1) * 2, ' ');
    const QByteArray outer(depth * 2, ' ');
    switch (n.kind) {
    case Node::Kind::Scalar:
        out.append(n.scalar);
        return;
    case Node::Kind::Object:
        if (n.members.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append("{\n");
        for (qsizetype i = 0; i < n.members.size(); ++i) {
            out.append(inner).append(quoted(QString::fromUtf8(n.members[i].first))).append(": ");
            write(n.members[i].second, depth + 1, out);
            out.append(i + 1 < n.members.size() ? ",\n" : "\n");
        }
        out.append(outer).append('}');
        return;
    case Node::Kind::Array:
        if (n.elements.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append("[\n");
        for (qsizetype i = 0; i < n.elements.size(); ++i) {
            out.append(inner);
            write(n.elements[i], depth + 1, out);
            out.append(i + 1 < n.elements.size() ? ",\n" : "\n");
        }
        out.append(outer).append(']');
        return;
    }
}

} // namespace

QByteArray writeManifest(const Manifest &m)
{
    Node root = object();
    root.add("formatVersion", num(m.formatVersion));
    root.add("id", str(m.id));
    root.add("version", str(m.version.toString()));
    root.add("title", str(m.title));
    root.add("description", str(m.description));
    root.add("language", str(m.language));
    Node authors = array();
    for (const Author &a : m.authors) {
        Node author = object();
        author.add("name", str(a.name));
        if (!a.role.isEmpty())
            author.add("role", str(a.role));
        if (!a.contact.isEmpty())
            author.add("contact", str(a.contact));
        authors.elements.append(author);
    }
    root.add("authors", authors);
    root.add("license", str(m.license));
    root.add("created", str(m.created.toString(Qt::ISODate)));
    root.add("reviewBy", str(m.reviewBy.toString(Qt::ISODate)));
    if (m.minAppVersion != SemVer())
        root.add("minAppVersion", str(m.minAppVersion.toString()));
    if (!m.tags.isEmpty()) {
        Node tags = array();
        for (const QString &t : m.tags)
            tags.elements.append(str(t));
        root.add("tags", tags);
    }
    Node modules = array();
    for (const Module &mod : m.modules) {
        Node items = array();
        for (const OutlineItem &item : mod.items) {
            Node i = object();
            i.add("id", str(item.id));
            i.add("type", str(item.kind == ItemKind::Quiz ? QStringLiteral("quiz")
                                                          : QStringLiteral("lesson")));
            i.add("title", str(item.title));
            i.add("file", str(item.file));
            items.elements.append(i);
        }
        Node module = object();
        module.add("id", str(mod.id)).add("title", str(mod.title)).add("items", items);
        modules.elements.append(module);
    }
    root.add("modules", modules);
    if (!m.files.isEmpty()) {
        Node files = array();
        for (const FileEntry &f : m.files) {
            Node entry = object();
            entry.add("path", str(f.path))
                .add("sha256", str(QString::fromLatin1(f.sha256Hex)))
                .add("size", num(f.size));
            files.elements.append(entry);
        }
        root.add("files", files);
    }
    QByteArray out;
    write(root, 0, out);
    out.append('\n');
    return out;
}

} // namespace oht::packformat
