#include "spdxexpression.h"

#include <QCoreApplication>
#include <QSet>

namespace oht::packformat::detail {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("oht::packformat::SpdxExpression", text);
}

// Licences a health-education course is likely to carry: Creative Commons, public
// domain, government open licences, the common software licences for bundled scripts.
const QSet<QString> &knownLicences()
{
    static const QSet<QString> ids = [] {
        QSet<QString> s;
        for (const char *id : {"CC-BY-4.0",
                               "CC-BY-SA-4.0",
                               "CC-BY-NC-4.0",
                               "CC-BY-NC-SA-4.0",
                               "CC-BY-ND-4.0",
                               "CC-BY-NC-ND-4.0",
                               "CC-BY-3.0",
                               "CC-BY-SA-3.0",
                               "CC-BY-NC-SA-3.0",
                               "CC0-1.0",
                               "CC-PDDC",
                               "OGL-UK-3.0",
                               "PDDL-1.0",
                               "ODbL-1.0",
                               "ODC-By-1.0",
                               "GFDL-1.3-only",
                               "GFDL-1.3-or-later",
                               "MIT",
                               "MIT-0",
                               "Apache-2.0",
                               "BSD-2-Clause",
                               "BSD-3-Clause",
                               "0BSD",
                               "ISC",
                               "Unlicense",
                               "Zlib",
                               "MPL-2.0",
                               "EUPL-1.2",
                               "GPL-2.0-only",
                               "GPL-2.0-or-later",
                               "GPL-3.0-only",
                               "GPL-3.0-or-later",
                               "LGPL-2.1-only",
                               "LGPL-2.1-or-later",
                               "LGPL-3.0-only",
                               "LGPL-3.0-or-later",
                               "AGPL-3.0-only",
                               "AGPL-3.0-or-later",
                               "OFL-1.1",
                               "BSL-1.0",
                               "Artistic-2.0"})
            s.insert(QString::fromLatin1(id).toLower());
        return s;
    }();
    return ids;
}

const QSet<QString> &knownExceptions()
{
    static const QSet<QString> ids = [] {
        QSet<QString> s;
        for (const char *id :
             {"Classpath-exception-2.0", "LLVM-exception", "GCC-exception-3.1",
              "Autoconf-exception-3.0", "Font-exception-2.0", "OpenJDK-assembly-exception-1.0",
              "Qt-GPL-exception-1.0", "Qt-LGPL-exception-1.1", "Bison-exception-2.2"})
            s.insert(QString::fromLatin1(id).toLower());
        return s;
    }();
    return ids;
}

bool isIdChar(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.') ||
           c == QLatin1Char('-');
}

/// Recursive-descent parser over whitespace/parenthesis tokens. Depth is capped so a
/// hostile "((((((..." cannot exhaust the stack.
class Parser
{
public:
    explicit Parser(const QString &text)
    {
        QString current;
        auto flush = [&] {
            if (!current.isEmpty())
                m_tokens.append(current);
            current.clear();
        };
        for (const QChar c : text) {
            if (c.isSpace()) {
                flush();
            } else if (c == QLatin1Char('(') || c == QLatin1Char(')')) {
                flush();
                m_tokens.append(QString(c));
            } else {
                current += c;
            }
        }
        flush();
    }

    SpdxCheck run()
    {
        SpdxCheck result;
        if (m_tokens.isEmpty()) {
            result.problem = tr("it is empty");
            return result;
        }
        if (parseOr(0) && m_pos == m_tokens.size()) {
            result.valid = true;
            result.unknownIds = m_unknown;
        } else {
            result.problem = m_problem.isEmpty()
                                 ? tr("unexpected \"%1\"").arg(m_tokens.value(m_pos))
                                 : m_problem;
        }
        return result;
    }

private:
    static bool isOperator(const QString &t, const char *upper)
    {
        return t == QLatin1String(upper) || t == QString::fromLatin1(upper).toLower();
    }
    QString peek() const { return m_pos < m_tokens.size() ? m_tokens[m_pos] : QString(); }

    bool parseOr(int depth)
    {
        if (!parseAnd(depth))
            return false;
        while (isOperator(peek(), "OR")) {
            ++m_pos;
            if (!parseAnd(depth))
                return false;
        }
        return true;
    }
    bool parseAnd(int depth)
    {
        if (!parseWith(depth))
            return false;
        while (isOperator(peek(), "AND")) {
            ++m_pos;
            if (!parseWith(depth))
                return false;
        }
        return true;
    }
    bool parseWith(int depth)
    {
        if (!parseSimple(depth))
            return false;
        if (isOperator(peek(), "WITH")) {
            ++m_pos;
            const QString exception = peek();
            if (!isPlainId(exception)) {
                m_problem = tr("WITH must be followed by an exception id");
                return false;
            }
            ++m_pos;
            if (!knownExceptions().contains(exception.toLower()))
                m_unknown.append(exception);
        }
        return true;
    }
    bool parseSimple(int depth)
    {
        const QString t = peek();
        if (t == QLatin1String("(")) {
            if (depth >= 32) {
                m_problem = tr("too many nested parentheses");
                return false;
            }
            ++m_pos;
            if (!parseOr(depth + 1))
                return false;
            if (peek() != QLatin1String(")")) {
                m_problem = tr("a \"(\" is not closed");
                return false;
            }
            ++m_pos;
            return true;
        }
        if (t.isEmpty() || t == QLatin1String(")") || isOperator(t, "AND") || isOperator(t, "OR") ||
            isOperator(t, "WITH")) {
            m_problem = t.isEmpty() ? tr("a licence id is missing at the end")
                                    : tr("a licence id is missing before \"%1\"").arg(t);
            return false;
        }
        ++m_pos;
        return acceptLicence(t);
    }

    static bool isPlainId(const QString &t)
    {
        if (t.isEmpty())
            return false;
        for (const QChar c : t)
            if (!isIdChar(c))
                return false;
        return true;
    }

    bool acceptLicence(const QString &token)
    {
        // DocumentRef-<id>:LicenseRef-<id> and LicenseRef-<id> are user-defined licences.
        QString t = token;
        if (t.startsWith(QLatin1String("DocumentRef-"))) {
            const qsizetype colon = t.indexOf(QLatin1Char(':'));
            if (colon < 0 || !isPlainId(t.left(colon))) {
                m_problem = tr("\"%1\" is not a valid licence id").arg(token);
                return false;
            }
            t = t.mid(colon + 1);
            if (!t.startsWith(QLatin1String("LicenseRef-"))) {
                m_problem = tr("\"%1\" is not a valid licence id").arg(token);
                return false;
            }
        }
        if (t.startsWith(QLatin1String("LicenseRef-"))) {
            if (t.size() == 11 || !isPlainId(t)) {
                m_problem = tr("\"%1\" is not a valid licence id").arg(token);
                return false;
            }
            return true;
        }
        const bool orLater = t.endsWith(QLatin1Char('+'));
        if (orLater)
            t.chop(1);
        if (!isPlainId(t)) {
            m_problem = tr("\"%1\" is not a valid licence id").arg(token);
            return false;
        }
        if (!knownLicences().contains(t.toLower()))
            m_unknown.append(token);
        return true;
    }

    QStringList m_tokens;
    qsizetype m_pos = 0;
    QString m_problem;
    QStringList m_unknown;
};

} // namespace

SpdxCheck checkSpdxExpression(const QString &expression)
{
    return Parser(expression).run();
}

} // namespace oht::packformat::detail
