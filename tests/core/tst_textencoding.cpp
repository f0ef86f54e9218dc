// NormalizedText: what the fix-all planner, the quick-fix writer and the project fixer do to a
// file's bytes (BOM and "\r\n" dropped for the editor, put back when writing).
#include "text/TextEncoding.h"

#include <QTest>

using namespace Armlift;
using namespace Qt::StringLiterals;

class TestTextEncoding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("bom");
        QTest::addColumn<bool>("crlf");
        QTest::newRow("plain") << QByteArray("FROM a\nRUN b\n") << u"FROM a\nRUN b\n"_s << false << false;
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF" "FROM a\n") << u"FROM a\n"_s << true << false;
        QTest::newRow("crlf") << QByteArray("FROM a\r\nRUN b\r\n") << u"FROM a\nRUN b\n"_s << false << true;
        QTest::newRow("bom + crlf + utf-8") << QByteArray("\xEF\xBB\xBF# caf\xC3\xA9\r\nFROM a\r\n") << u"# café\nFROM a\n"_s
                                            << true << true;
        QTest::newRow("empty") << QByteArray() << QString() << false << false;
    }

    void roundTrip()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QFETCH(bool, bom);
        QFETCH(bool, crlf);
        const NormalizedText n = NormalizedText::fromBytes(bytes);
        QCOMPARE(n.text, text);
        QCOMPARE(n.bom, bom);
        QCOMPARE(n.crlf, crlf);
        QCOMPARE(n.toBytes(n.text), bytes);
        // An edited text keeps the file's conventions.
        const QByteArray edited = n.toBytes(n.text + u"RUN c\n"_s);
        QCOMPARE(edited.startsWith("\xEF\xBB\xBF"), bom);
        QVERIFY(edited.endsWith(crlf ? "RUN c\r\n" : "RUN c\n"));
    }

    void loneCarriageReturns()
    {
        const NormalizedText n = NormalizedText::fromBytes("a\rb\r\nc");
        QCOMPARE(n.text, u"a\nb\nc"_s);
        QVERIFY(n.crlf);
    }

    void bomInDecodedText()
    {
        QCOMPARE(withoutBom(QChar(0xFEFF) + u"FROM a"_s), u"FROM a"_s);
        QCOMPARE(withoutBom(u"FROM a"_s), u"FROM a"_s);
        QCOMPARE(withoutBom(QString()), QString());
    }
};

QTEST_GUILESS_MAIN(TestTextEncoding)
#include "tst_textencoding.moc"
