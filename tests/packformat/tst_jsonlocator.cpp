#include "markedtext.h"
#include "oht/packformat/jsonlocator.h"

#include <QJsonDocument>
#include <QTest>

using oht::packformat::JsonLocator;
using oht::packformat::TextPosition;
using oht::test::MarkedText;

Q_DECLARE_METATYPE(TextPosition)

class TestJsonLocator : public QObject
{
    Q_OBJECT
private slots:
    void valuePosition_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("pointer");
        QTest::newRow("root") << QString::fromUtf8("  ¦{\"a\": 1}") << "";
        QTest::newRow("member") << QString::fromUtf8("{\"a\": ¦1}") << "/a";
        QTest::newRow("nested array")
            << QString::fromUtf8(
                   "{\n  \"modules\": [\n    {\"items\": [1, 2, ¦{\"id\": \"x\"}]}\n  ]\n}")
            << "/modules/0/items/2";
        QTest::newRow("string value in nested object")
            << QString::fromUtf8("{\"m\": [{\"items\": [{\"id\": ¦\"x\"}]}]}") << "/m/0/items/0/id";
        QTest::newRow("after multi-byte characters")
            << QString::fromUtf8("{\"t\": \"Café ☕ 𝄞\", \"u\": ¦true}") << "/u";
        QTest::newRow("after escapes")
            << QString::fromUtf8("{\"t\": \"a\\\"b\\\\\\u00e9\", \"u\": ¦null}") << "/u";
        QTest::newRow("negative exponent number")
            << QString::fromUtf8("{\"a\": [0, ¦-1.5e-3]}") << "/a/1";
        QTest::newRow("escaped key ~ and /") << QString::fromUtf8("{\"a/b~c\": ¦2}") << "/a~1b~0c";
        QTest::newRow("unicode-escaped key")
            << QString::fromUtf8("{\"caf\\u00e9\": ¦3}") << QString::fromUtf8("/café");
        QTest::newRow("empty key") << QString::fromUtf8("{\"\": ¦4}") << "/";
        QTest::newRow("byte order mark") << QString::fromUtf8("\xEF\xBB\xBF{\"a\": ¦5}") << "/a";
        QTest::newRow("CRLF line ends") << QString::fromUtf8("{\r\n  \"a\":\r\n  ¦6\r\n}") << "/a";
    }
    void valuePosition()
    {
        QFETCH(QString, json);
        QFETCH(QString, pointer);
        const MarkedText m = MarkedText::from(json);
        const JsonLocator locator(m.text);
        QVERIFY(!locator.syntaxError().isValid());
        QCOMPARE(locator.valuePosition(pointer), (TextPosition{m.line, m.column}));
    }

    void keyPosition()
    {
        const MarkedText m =
            MarkedText::from(QString::fromUtf8("{\n  \"a\": 1,\n  ¦\"extra\": 2\n}"));
        const JsonLocator locator(m.text);
        QCOMPARE(locator.keyPosition("/extra"), (TextPosition{m.line, m.column}));
        QCOMPARE(locator.valuePosition("/extra"), (TextPosition{3, 12}));
    }

    void absentPointersHaveNoPosition()
    {
        const JsonLocator locator(R"({"a": [1]})");
        QVERIFY(!locator.valuePosition("/b").isValid());
        QVERIFY(!locator.valuePosition("/a/1").isValid());
        QVERIFY(!locator.keyPosition("/a/0").isValid()); // array elements have no key
        QVERIFY(!locator.keyPosition("").isValid());
    }

    void syntaxError_data()
    {
        QTest::addColumn<QString>("json");
        QTest::newRow("trailing comma") << QString::fromUtf8("{\"a\": 1,¦}");
        QTest::newRow("missing comma") << QString::fromUtf8("{\n  \"a\": 1\n  ¦\"b\": 2\n}");
        QTest::newRow("bare word") << QString::fromUtf8("{\"a\": ¦yes}");
        QTest::newRow("single quotes") << QString::fromUtf8("{¦'a': 1}");
        QTest::newRow("bad unicode escape") << QString::fromUtf8("{\"a\": \"x\\u12¦g4\"}");
        QTest::newRow("leading zero") << QString::fromUtf8("{\"a\": 0¦1}");
        QTest::newRow("unclosed object") << QString::fromUtf8("{\"a\": 1¦");
        QTest::newRow("garbage after") << QString::fromUtf8("{} ¦x");
        QTest::newRow("empty") << QString::fromUtf8("¦");
        QTest::newRow("column counts code points") << QString::fromUtf8("{\"é☕\": ¦tru}");
    }
    void syntaxError()
    {
        QFETCH(QString, json);
        const MarkedText m = MarkedText::from(json);
        const JsonLocator locator(m.text);
        // "tru" stops where reading stopped; everything else at the offending character.
        const TextPosition p = locator.syntaxError();
        QVERIFY(p.isValid());
        if (QTest::currentDataTag() == QByteArray("column counts code points"))
            QCOMPARE(p, (TextPosition{m.line, m.column + 3}));
        else
            QCOMPARE(p, (TextPosition{m.line, m.column}));
        // Qt agrees the text is broken.
        QJsonParseError error;
        QJsonDocument::fromJson(m.text, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
    }

    void lenientWhereQtIsLenient()
    {
        // Qt accepts a raw tab and an unknown escape in a string; positions must go on.
        const MarkedText m = MarkedText::from(QString::fromUtf8("{\"a\": \"x\ty\\q\", \"b\": ¦1}"));
        QJsonParseError error;
        QJsonDocument::fromJson(m.text, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const JsonLocator locator(m.text);
        QVERIFY(!locator.syntaxError().isValid());
        QCOMPARE(locator.valuePosition("/b"), (TextPosition{m.line, m.column}));
    }

    void positionOfOffset()
    {
        const JsonLocator locator("{\n  \"é\": 1\n}");
        QCOMPARE(locator.positionOfOffset(0), (TextPosition{1, 1}));
        QCOMPARE(locator.positionOfOffset(2), (TextPosition{2, 1}));
        QCOMPARE(locator.positionOfOffset(9), (TextPosition{2, 7})); // after the 2-byte é
    }

    void duplicateKeys()
    {
        const MarkedText m =
            MarkedText::from(QString::fromUtf8("{\"a\": 1, \"b\": {\"a\": 2}, ¦\"a\": 3}"));
        const JsonLocator locator(m.text);
        const auto dups = locator.duplicateKeys();
        QCOMPARE(dups.size(), 1); // "a" inside "b" is another object
        QCOMPARE(dups[0].pointer, QStringLiteral("/a"));
        QCOMPARE(dups[0].position, (TextPosition{m.line, m.column}));
        // QJsonDocument keeps the last value; so does the locator.
        QCOMPARE(locator.valuePosition("/a"), (TextPosition{1, m.column + 5}));
    }

    void deepNestingStopsWithoutCrashing()
    {
        const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
        const JsonLocator locator(deep);
        QCOMPARE(locator.syntaxError(), (TextPosition{1, JsonLocator::kMaxDepth + 1}));
    }

    void childPointers()
    {
        QCOMPARE(JsonLocator::child("/a", 3), QStringLiteral("/a/3"));
        QCOMPARE(JsonLocator::child("", u"x/y~z"), QStringLiteral("/x~1y~0z"));
    }
};

QTEST_GUILESS_MAIN(TestJsonLocator)
#include "tst_jsonlocator.moc"
