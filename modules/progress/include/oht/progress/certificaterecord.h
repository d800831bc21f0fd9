#pragma once

#include <QDate>
#include <QString>
#include <QUuid>
#include <optional>

namespace oht::progress {

/// The facts a certificate states; the verification code is derived from them.
struct CertificateRecord
{
    QUuid profileUuid;
    QString learnerName;
    QString packId;
    QString courseTitle;
    QString version;
    QDate completionDate;               ///< local date
    std::optional<double> scorePercent; ///< none for a course without quizzes
};

/// What the certificate shows (the GUI lays it out with QPdfWriter).
struct CertificateData
{
    QString learnerName;
    QString courseTitle;
    QString version;
    QDate completionDate;
    QString scoreText;        ///< "92 %" (rounded), empty without a score
    QString verificationCode; ///< "ABCDE-FGHIJ"
};

} // namespace oht::progress
