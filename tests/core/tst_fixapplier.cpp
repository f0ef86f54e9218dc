#include "fix/FixApplier.h"

#include <QTest>

using namespace Armlift;
using namespace Qt::StringLiterals;

static TextEdit edit(int l, int c, int el, int ec, const QString &t)
{
    return TextEdit{u"Dockerfile"_s, SourceRange{l, c, el, ec}, t};
}

class TestFixApplier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void appliesBackToFront()
    {
        const QString text = u"FROM a\nRUN wget go1.20.linux-amd64.tgz && tar xf go1.20.linux-amd64.tgz\n"_s;
        const auto r = FixApplier::apply(text, {edit(2, 23, 2, 28, u"${TARGETARCH}"_s), edit(2, 56, 2, 61, u"${TARGETARCH}"_s),
                                                edit(1, 7, 1, 7, u"\nARG TARGETARCH"_s)});
        QCOMPARE(r.applied, 3);
        QVERIFY(r.refused.isEmpty());
        QCOMPARE(r.text, u"FROM a\nARG TARGETARCH\nRUN wget go1.20.linux-${TARGETARCH}.tgz && tar xf go1.20.linux-${TARGETARCH}.tgz\n"_s);
    }

    void mergesIdenticalEdits()
    {
        // Two findings in one stage both insert `ARG TARGETARCH`: one line, not two.
        const QString text = u"FROM a\nRUN x\n"_s;
        const auto r = FixApplier::apply(text, {edit(1, 7, 1, 7, u"\nARG TARGETARCH"_s), edit(1, 7, 1, 7, u"\nARG TARGETARCH"_s),
                                                edit(2, 5, 2, 6, u"y"_s)});
        QCOMPARE(r.text, u"FROM a\nARG TARGETARCH\nRUN y\n"_s);
        QCOMPARE(r.applied, 2);
    }

    void refusesOverlaps()
    {
        const QString text = u"abcdef\n"_s;
        auto r = FixApplier::apply(text, {edit(1, 1, 1, 4, u"X"_s), edit(1, 3, 1, 6, u"Y"_s)});
        QCOMPARE(r.applied, 1);
        QCOMPARE(r.refused.size(), 1);
        QCOMPARE(r.text, u"Xdef\n"_s);
        // Different insertions at one point: order would be a guess, the second is refused.
        r = FixApplier::apply(text, {edit(1, 2, 1, 2, u"1"_s), edit(1, 2, 1, 2, u"2"_s)});
        QCOMPARE(r.refused.size(), 1);
        // An insertion strictly inside a replaced range conflicts with it.
        r = FixApplier::apply(text, {edit(1, 1, 1, 5, u"Z"_s), edit(1, 3, 1, 3, u"!"_s)});
        QCOMPARE(r.refused.size(), 1);
        // Adjacent edits do not.
        r = FixApplier::apply(text, {edit(1, 1, 1, 3, u"A"_s), edit(1, 3, 1, 5, u"B"_s)});
        QCOMPARE(r.text, u"ABef\n"_s);
    }

    void keepsCrlfAndBom()
    {
        const QString text = QChar(0xFEFF) + u"FROM a\r\nRUN amd64\r\n"_s;
        const auto r = FixApplier::apply(text, {edit(2, 5, 2, 10, u"arm64"_s)});
        QCOMPARE(r.text, QChar(0xFEFF) + u"FROM a\r\nRUN arm64\r\n"_s);
    }
};

QTEST_GUILESS_MAIN(TestFixApplier)
#include "tst_fixapplier.moc"
