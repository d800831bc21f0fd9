#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace oht::cli::textformat {

/// "1.2 MiB"-style sizes (IEC units, as QLocale writes them; C locale for scripts).
QString size(qint64 bytes);

/// A search snippet (HTML-escaped, matches in <mark>…</mark>) as plain terminal text:
/// entities decoded, matches in ANSI bold when `terminal`, else in [brackets].
QString snippetForTerminal(const QString &htmlSnippet, bool terminal);

/// Replaces control characters (C0, DEL, C1) by spaces: text from a pack is hostile
/// and must not be able to drive the user's terminal with escape sequences.
QString printable(QString text);

/// Cuts `text` to `width` characters, ending in "…" when cut.
QString elide(const QString &text, int width);

/// Left-aligned columns separated by two spaces; the first row is the header.
QString table(const QList<QStringList> &rows);

} // namespace oht::cli::textformat
