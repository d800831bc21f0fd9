#pragma once

#include <QByteArray>
#include <QString>

namespace oht::catalog {

/// The parts of an HTTP response's head a resumed download decides on.
struct ResponseHead
{
    int status = 0;
    QByteArray etag;         ///< ETag, else Last-Modified (the If-Range validator)
    QByteArray contentRange; ///< "bytes 100-199/200"
    qint64 contentLength = -1;
};

/// What to do with a response to a request for bytes [offset, end) of a file of
/// `expectedSize` bytes, sent with `validator` in If-Range (docs/catalog-format.md).
struct RangeDecision
{
    enum Action {
        Append,        ///< 206 from `offset`, same validator: write after the partial bytes
        Truncate,      ///< 200: the whole file; the partial bytes are dropped, body kept
        Restart,       ///< discard the partial bytes, ask again without a range
        CheckComplete, ///< 416 at the end of the file: verify what we have
        Fail,          ///< an HTTP error or a file that cannot be the catalog's
    };
    Action action = Fail;
    QString reason; ///< translated, for Restart/Fail
};

/// Pure decision logic, kept apart from the network code so every rule has a unit test.
class RangeResponse
{
public:
    static RangeDecision decide(const ResponseHead &head, qint64 offset, qint64 expectedSize,
                                const QByteArray &validator);
    /// Parses "bytes START-END/TOTAL"; TOTAL may be "*" (-1). False when malformed.
    static bool parseContentRange(const QByteArray &value, qint64 *start, qint64 *end,
                                  qint64 *total);
};

} // namespace oht::catalog
