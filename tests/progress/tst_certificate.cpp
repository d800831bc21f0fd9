#include "oht/progress/certificate.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTest>

using namespace oht::progress;

namespace {

CertificateRecord sample()
{
    CertificateRecord r;
    r.profileUuid = QUuid(QStringLiteral("0b0e6a5e-95a3-4c1b-8f57-3f1a2b9b3c11"));
    r.learnerName = QStringLiteral("Ana Souza");
    r.packId = QStringLiteral("org.onehealthtech.foundations");
    r.courseTitle = QStringLiteral("HealthTech Foundations");
    r.version = QStringLiteral("1.2.0");
    r.completionDate = QDate(2026, 3, 14);
    r.scorePercent = 87.5;
    return r;
}

} // namespace

class TestCertificate : public QObject
{
    Q_OBJECT

private slots:
    void canonicalText()
    {
        QCOMPARE(Certificate::canonicalText(sample()),
                 QByteArray("oht-certificate-1\n0b0e6a5e-95a3-4c1b-8f57-3f1a2b9b3c11\n"
                            "org.onehealthtech.foundations\n1.2.0\n2026-03-14\n87.5"));
        CertificateRecord noScore = sample();
        noScore.scorePercent.reset();
        QVERIFY(Certificate::canonicalText(noScore).endsWith("\n-"));
    }

    void codeIsBase32OfTheHash()
    {
        const QString code = Certificate::verificationCode(sample());
        QVERIFY2(
            QRegularExpression(QStringLiteral("^[A-Z2-7]{5}-[A-Z2-7]{5}$")).match(code).hasMatch(),
            qPrintable(code));
        // Independent base32 of the hash's first 50 bits.
        const QByteArray hash = QCryptographicHash::hash(Certificate::canonicalText(sample()),
                                                         QCryptographicHash::Sha256);
        quint64 bits = 0;
        for (int i = 0; i < 7; ++i)
            bits = (bits << 8) | quint8(hash[i]);
        QString expected;
        for (int i = 0; i < 10; ++i)
            expected +=
                QLatin1Char("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"[(bits >> (56 - 5 * (i + 1))) & 31]);
        QCOMPARE(QString(code).remove(QLatin1Char('-')), expected);
    }

    void deterministic()
    {
        QCOMPARE(Certificate::verificationCode(sample()), Certificate::verificationCode(sample()));
        // The learner's display name is not part of the code (renaming keeps it valid).
        CertificateRecord renamed = sample();
        renamed.learnerName = QStringLiteral("Ana S.");
        QCOMPARE(Certificate::verificationCode(renamed), Certificate::verificationCode(sample()));
    }

    void changedFieldsChangeTheCode_data()
    {
        QTest::addColumn<int>("field");
        QTest::newRow("profile") << 0;
        QTest::newRow("pack") << 1;
        QTest::newRow("version") << 2;
        QTest::newRow("date") << 3;
        QTest::newRow("score") << 4;
        QTest::newRow("no score") << 5;
    }

    void changedFieldsChangeTheCode()
    {
        QFETCH(int, field);
        CertificateRecord r = sample();
        switch (field) {
        case 0:
            r.profileUuid = QUuid::createUuid();
            break;
        case 1:
            r.packId = QStringLiteral("org.other");
            break;
        case 2:
            r.version = QStringLiteral("1.2.1");
            break;
        case 3:
            r.completionDate = r.completionDate.addDays(1);
            break;
        case 4:
            r.scorePercent = 87.6;
            break;
        case 5:
            r.scorePercent.reset();
            break;
        }
        const QString original = Certificate::verificationCode(sample());
        QVERIFY(Certificate::verificationCode(r) != original);
        QVERIFY(!Certificate::verify(original, r));
    }

    void verify_data()
    {
        const QString code = Certificate::verificationCode(sample());
        QString typo = code;
        typo[0] = typo[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("valid");
        QTest::newRow("as printed") << code << true;
        QTest::newRow("lower case") << code.toLower() << true;
        QTest::newRow("no dash, spaces")
            << QStringLiteral(" %1 %2 ").arg(code.left(5), code.mid(6)) << true;
        QTest::newRow("typo") << typo << false;
        QTest::newRow("too short") << code.left(8) << false;
        QTest::newRow("empty") << QString() << false;
    }

    void verify()
    {
        QFETCH(QString, code);
        QFETCH(bool, valid);
        QCOMPARE(Certificate::verify(code, sample()), valid);
    }

    void makeShowsTheFacts()
    {
        const CertificateData d = Certificate::make(sample());
        QCOMPARE(d.learnerName, QStringLiteral("Ana Souza"));
        QCOMPARE(d.courseTitle, QStringLiteral("HealthTech Foundations"));
        QCOMPARE(d.version, QStringLiteral("1.2.0"));
        QCOMPARE(d.completionDate, QDate(2026, 3, 14));
        QCOMPARE(d.scoreText, QStringLiteral("88 %"));
        QCOMPARE(d.verificationCode, Certificate::verificationCode(sample()));
        CertificateRecord noScore = sample();
        noScore.scorePercent.reset();
        QVERIFY(Certificate::make(noScore).scoreText.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCertificate)
#include "tst_certificate.moc"
