// The shipped translations are complete and consistent with the sources: lupdate run on
// the same modules as the build (into a copy of each .ts file) finds nothing new to
// translate, and every translation keeps its source's placeholders.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; ///< one, or one per plural form
    bool unfinished = false;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            current = Message{context, {}, {}, false};
        } else if (xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            current.unfinished = type == QLatin1String("unfinished");
            const bool vanished =
                type == QLatin1String("vanished") || type == QLatin1String("obsolete");
            // Plural messages hold <numerusform> children; others hold the text itself.
            QString text;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    current.translations.append(xml.readElementText());
                else if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                    break;
            }
            if (current.translations.isEmpty())
                current.translations.append(text);
            if (!vanished)
                messages.append(current);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (const auto &match : re.globalMatch(text))
        found.insert(match.captured());
    return found;
}

QString describe(const Message &m)
{
    return QStringLiteral("[%1] \"%2\"").arg(m.context, m.source.left(80));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyStringIsTranslated_data()
    {
        QTest::addColumn<QString>("tsFile");
        const QDir dir(QStringLiteral(OHT_TRANSLATIONS_DIR));
        const QStringList files = dir.entryList({QStringLiteral("*.ts")}, QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QString &name : files)
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }
    void everyStringIsTranslated()
    {
        QFETCH(QString, tsFile);
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString copy = tmp.filePath(QFileInfo(tsFile).fileName());
        QVERIFY(QFile::copy(tsFile, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);

        // The same modules the build translates (translations/translated-modules.cmake).
        QStringList args = QString::fromUtf8(OHT_TRANSLATED_DIRS).split(QLatin1Char('|'));
        args << QStringLiteral("-no-obsolete") << QStringLiteral("-locations")
             << QStringLiteral("none") << QStringLiteral("-silent") << QStringLiteral("-ts")
             << copy;
        QProcess lupdate;
        lupdate.start(QStringLiteral(OHT_LUPDATE), args);
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0,
                 lupdate.readAllStandardError().constData());

        QString error;
        const QList<Message> messages = readTs(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 100);
        QStringList missing;
        for (const Message &m : messages) {
            const bool empty = std::any_of(m.translations.cbegin(), m.translations.cend(),
                                           [](const QString &t) { return t.trimmed().isEmpty(); });
            if (m.unfinished || empty)
                missing << describe(m);
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1 of %2 strings are not translated in %3 (run the "
                                           "oht-toolkit_lupdate target, then translate), e.g.:\n%4")
                                .arg(missing.size())
                                .arg(messages.size())
                                .arg(QFileInfo(tsFile).fileName(),
                                     missing.mid(0, 15).join(QLatin1Char('\n')))));
    }

    void translationsKeepThePlaceholders_data() { everyStringIsTranslated_data(); }
    void translationsKeepThePlaceholders()
    {
        QFETCH(QString, tsFile);
        QString error;
        const QList<Message> messages = readTs(tsFile, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList wrong;
        for (const Message &m : messages) {
            if (m.unfinished)
                continue;
            const QSet<QString> expected = placeholders(m.source);
            for (const QString &t : m.translations) {
                // A plural form may leave out %n ("one file" for n = 1); nothing else.
                QSet<QString> got = placeholders(t);
                QSet<QString> want = expected;
                if (!got.contains(QStringLiteral("%n")))
                    want.remove(QStringLiteral("%n"));
                if (got != want)
                    wrong << describe(m) + QStringLiteral(" → \"") + t.left(80) + QLatin1Char('"');
            }
        }
        QVERIFY2(wrong.isEmpty(),
                 qPrintable(QStringLiteral("%1 translations lose or add placeholders:\n%2")
                                .arg(wrong.size())
                                .arg(wrong.mid(0, 15).join(QLatin1Char('\n')))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
