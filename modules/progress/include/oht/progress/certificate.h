#pragma once

#include "oht/progress/certificaterecord.h"

#include <QByteArray>
#include <QString>

namespace oht::progress {

/// Pure functions behind a course certificate. The verification code is the first 10
/// base32 characters (RFC 4648) of SHA-256 over a canonical text of the record (profile
/// uuid, pack id, version, completion date, score to one decimal), shown as XXXXX-XXXXX.
/// Anyone holding the record can recompute it: it shows that a certificate's facts match
/// a learner's exported record (and catches typos); it is not a signature.
class Certificate
{
public:
    static CertificateData make(const CertificateRecord &record);
    static QString verificationCode(const CertificateRecord &record);
    /// Case, spaces and dashes are ignored; 0/1/8 are read as O/I/B (not in the alphabet).
    static bool verify(const QString &code, const CertificateRecord &record);
    /// The text the code hashes, one field per line (versioned: "oht-certificate-1").
    static QByteArray canonicalText(const CertificateRecord &record);
};

} // namespace oht::progress
