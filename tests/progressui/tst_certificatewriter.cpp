#include "oht/progress/certificate.h"
#include "oht/progressui/certificatewriter.h"
#include "tempdatadir.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace oht;
using namespace oht::progressui;

namespace {

progress::CertificateData sampleData(const QString &name)
{
    progress::CertificateRecord record;
    record.profileUuid = QUuid(QStringLiteral("{6f1c0d1e-8a51-4d43-9d2b-3a1f7c5e2b10}"));
    record.learnerName = name;
    record.packId = QStringLiteral("org.example.course");
    record.courseTitle = QStringLiteral("Infection prevention basics");
    record.version = QStringLiteral("1.2.0");
    record.completionDate = QDate(2026, 3, 2);
    record.scorePercent = 91.7;
    return progress::Certificate::make(record);
}

/// pdftotext from poppler-utils (packaging/install-deps.sh installs it).
QString pdftotext()
{
    return QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
}

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(pdftotext(), {path, QStringLiteral("-")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestCertificateWriter : public QObject
{
    Q_OBJECT

private slots:
    void writesAPdfWithTheFacts_data()
    {
        QTest::addColumn<QString>("learner");
        QTest::newRow("latin") << QStringLiteral("Ana María López");
        QTest::newRow("long name") << QStringLiteral("Wolfeschlegelsteinhausenbergerdorff "
                                                     "Hubert Blaine the Third of Somewhere");
    }
    void writesAPdfWithTheFacts()
    {
        QFETCH(QString, learner);
        test::TempDataDir dir;
        const QString path = dir.filePath(QStringLiteral("certificate.pdf"));
        const auto data = sampleData(learner);
        QVERIFY(!data.verificationCode.isEmpty());
        auto written = CertificateWriter::writePdf(data, path);
        QVERIFY2(written.ok(), qPrintable(written ? QString() : written.error().message));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");

        if (pdftotext().isEmpty())
            QFAIL("pdftotext (poppler-utils) is not installed: run packaging/install-deps.sh");
        // Text extraction joins words with single spaces and may wrap long lines.
        // NFKC: the PDF's ligatures (ﬁ, ﬀ) come back as their letters.
        const QString text = pdfText(path).normalized(QString::NormalizationForm_KC).simplified();
        QVERIFY2(text.contains(data.verificationCode), qPrintable(text));
        QVERIFY2(text.contains(learner.simplified()), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Infection prevention basics")));
        QVERIFY(text.contains(QStringLiteral("Version 1.2.0")));
        QVERIFY(text.contains(QStringLiteral("92 %")));
        QVERIFY(text.contains(QStringLiteral("Certificate of completion")));
    }

    void noScoreLineWithoutQuizzes()
    {
        if (pdftotext().isEmpty())
            QFAIL("pdftotext (poppler-utils) is not installed: run packaging/install-deps.sh");
        test::TempDataDir dir;
        auto data = sampleData(QStringLiteral("Ana"));
        data.scoreText.clear();
        const QString path = dir.filePath(QStringLiteral("c.pdf"));
        QVERIFY(CertificateWriter::writePdf(data, path).ok());
        const QString text = pdfText(path);
        QVERIFY(text.contains(data.verificationCode));
        QVERIFY(!text.contains(QStringLiteral("Quiz score")));
    }

    void previewScreenshot()
    {
        // The same drawing code as the PDF, on an image: a screenshot to look at.
        QImage image(1684, 1190, QImage::Format_RGB32);
        image.fill(Qt::white);
        // 144 dpi: 1684 pixels are the page's 842 points, as in the PDF.
        image.setDotsPerMeterX(qRound(144 / 0.0254));
        image.setDotsPerMeterY(qRound(144 / 0.0254));
        QPainter painter(&image);
        CertificateWriter::paint(painter, QRectF(image.rect()),
                                 sampleData(QStringLiteral("Ana María López")));
        painter.end();
        QDir().mkpath(QStringLiteral(OHT_SCREENSHOT_DIR));
        QVERIFY(image.save(QStringLiteral(OHT_SCREENSHOT_DIR "/certificate.png")));
        // Something was drawn in the middle (the learner's name).
        int dark = 0;
        for (int x = 500; x < 1184; ++x)
            dark += qGray(image.pixel(x, 520)) < 128 ? 1 : 0;
        QVERIFY(dark > 0);
    }

    void unwritablePathFailsAndKeepsNothing()
    {
        test::TempDataDir dir;
        const QString path = dir.filePath(QStringLiteral("missing/folder/certificate.pdf"));
        auto written = CertificateWriter::writePdf(sampleData(QStringLiteral("Ana")), path);
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, QStringLiteral("progressui.certificate-write"));
        QVERIFY(written.error().message.contains(QStringLiteral("certificate.pdf")));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestCertificateWriter)
#include "tst_certificatewriter.moc"
