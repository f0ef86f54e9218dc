// findText/containsText: the rules' substring search must answer exactly what QString::indexOf
// answers, on the edge cases (empty needle, needle at either end, overlapping near-misses, a
// start offset past the end) and on random texts over a small alphabet, where near-misses abound;
// forEachWord must split like the regex \S+.
#include "text/TextSearch.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

using namespace Armlift;
using namespace Qt::StringLiterals;

class TestTextSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesIndexOf_data()
    {
        QTest::addColumn<QString>("haystack");
        QTest::addColumn<QString>("needle");
        QTest::addColumn<int>("from");
        QTest::newRow("found in the middle") << u"RUN GOARCH=arm64 go build"_s << u"GOARCH"_s << 0;
        QTest::newRow("at the start") << u"GOARCH=amd64"_s << u"GOARCH"_s << 0;
        QTest::newRow("at the end") << u"export GOARCH"_s << u"GOARCH"_s << 0;
        QTest::newRow("absent") << u"go build ./..."_s << u"GOARCH"_s << 0;
        QTest::newRow("first char only") << u"G G GO GOA GOAR GOARC"_s << u"GOARCH"_s << 0;
        QTest::newRow("overlapping near miss") << u"aaab"_s << u"aab"_s << 0;
        QTest::newRow("needle longer than haystack") << u"GO"_s << u"GOARCH"_s << 0;
        QTest::newRow("empty needle") << u"abc"_s << QString() << 0;
        QTest::newRow("empty needle at end") << u"abc"_s << QString() << 3;
        QTest::newRow("empty haystack") << QString() << u"a"_s << 0;
        QTest::newRow("from skips a match") << u"amd64 amd64"_s << u"amd64"_s << 1;
        QTest::newRow("from at the match") << u"amd64 amd64"_s << u"amd64"_s << 6;
        QTest::newRow("from past the end") << u"amd64"_s << u"amd64"_s << 9;
        QTest::newRow("non-ASCII") << u"café crème"_s << u"crè"_s << 0;
    }

    void matchesIndexOf()
    {
        QFETCH(QString, haystack);
        QFETCH(QString, needle);
        QFETCH(int, from);
        const qsizetype expected = from > haystack.size() ? -1 : haystack.indexOf(needle, from);
        QCOMPARE(findText(haystack, needle, from), expected);
        if (from == 0)
            QCOMPARE(containsText(haystack, needle), haystack.contains(needle));
    }

    void randomTexts()
    {
        QRandomGenerator rng(4242); // fixed seed: a failure can be replayed
        auto randomText = [&](int maxLength) {
            QString s;
            const int n = rng.bounded(maxLength + 1);
            for (int i = 0; i < n; ++i)
                s.append(QChar(u'a' + rng.bounded(3)));
            return s;
        };
        for (int i = 0; i < 20000; ++i) {
            const QString haystack = randomText(40);
            const QString needle = randomText(4);
            const int from = rng.bounded(int(haystack.size()) + 1);
            QCOMPARE(findText(haystack, needle, from), haystack.indexOf(needle, from));
        }
    }

    // forEachWord finds what the regex \S+ finds: ASCII blanks separate, U+00A0 and U+2003 do not.
    void wordsLikeTheRegex()
    {
        static const QRegularExpression nonBlanks(u"\\S+"_s);
        QRandomGenerator rng(77);
        const QString alphabet = u"ab \t\n\r\v\f\u00a0\u2003\u0085"_s;
        for (int i = 0; i < 5000; ++i) {
            QString text;
            for (int n = rng.bounded(30); n > 0; --n)
                text.append(alphabet.at(rng.bounded(int(alphabet.size()))));
            QStringList expected, actual;
            for (auto it = nonBlanks.globalMatch(text); it.hasNext();)
                expected.append(it.next().captured());
            forEachWord(text, [&](qsizetype from, qsizetype to) { actual.append(text.mid(from, to - from)); });
            QCOMPARE(actual, expected);
        }
    }
};

QTEST_APPLESS_MAIN(TestTextSearch)
#include "tst_textsearch.moc"
