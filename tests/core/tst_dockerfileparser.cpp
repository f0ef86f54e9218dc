#include "dockerfile/Dockerfile.h"

#include <QRegularExpression>
#include <QTest>

using namespace Armlift;
using namespace Qt::StringLiterals;

class TestDockerfileParser : public QObject
{
    Q_OBJECT

    static QString at(const Dockerfile &df, const MappedText &t) { Q_UNUSED(df); return t.text(); }
    static QString rangeStr(const Dockerfile &df, int s, int e)
    {
        const SourceRange r = df.range(s, e);
        return u"%1:%2-%3:%4"_s.arg(r.line).arg(r.column).arg(r.endLine).arg(r.endColumn);
    }

private Q_SLOTS:
    void instructionsAndPositions()
    {
        const auto df = Dockerfile::parse(u"Dockerfile"_s,
                                          u"# comment\nFROM ubuntu:22.04 AS build\n  run echo hi\nCOPY --from=build /a /b\n"_s);
        QCOMPARE(df.instructions().size(), 3);
        const Instruction &run = df.instructions().at(1);
        QCOMPARE(run.keyword, u"RUN"_s);
        QCOMPARE(rangeStr(df, run.start, run.end), u"3:3-3:14"_s);
        QCOMPARE(run.args.text(), u"echo hi"_s);
        QCOMPARE(rangeStr(df, run.args.docOffset(0), run.args.docEnd(run.args.size())), u"3:7-3:14"_s);
        const Instruction &copy = df.instructions().at(2);
        QCOMPARE(copy.flags.size(), 1);
        QCOMPARE(copy.flags.first().name, u"from"_s);
        QCOMPARE(copy.flags.first().value, u"build"_s);
        QCOMPARE(rangeStr(df, copy.flags.first().start, copy.flags.first().end), u"4:6-4:18"_s);
        QCOMPARE(df.stages().size(), 1);
        QCOMPARE(df.stages().first().name, u"build"_s);
        QCOMPARE(df.stages().first().image, u"ubuntu:22.04"_s);
    }

    void continuationsSkipCommentsAndBlankLines()
    {
        const QString text = u"FROM alpine\nRUN apk add curl \\\n# a comment\n\n    && echo ok\n"_s;
        const auto df = Dockerfile::parse(u"Dockerfile"_s, text);
        QCOMPARE(df.instructions().size(), 2);
        const Instruction &run = df.instructions().at(1);
        QCOMPARE(run.args.text(), u"apk add curl     && echo ok"_s);
        const int i = int(run.args.text().indexOf(u"echo"));
        const SourceRange r = df.range(run.args.docOffset(i), run.args.docEnd(i + 4));
        QCOMPARE(r.line, 5);
        QCOMPARE(r.column, 8);
        QCOMPARE(r.endColumn, 12);
        QCOMPARE(df.document().lineOf(run.end), 5);
    }

    void escapeDirectiveBacktick()
    {
        const auto df = Dockerfile::parse(u"Dockerfile"_s, u"# escape=`\nFROM mcr.microsoft.com/windows\nRUN dir `\n  c:\\\n"_s);
        QCOMPARE(df.escapeChar(), QChar(u'`'));
        QCOMPARE(df.instructions().size(), 2);
        QCOMPARE(df.instructions().at(1).args.text(), u"dir   c:\\"_s);
    }

    void heredocs()
    {
        const QString text = u"FROM debian\nRUN <<EOT bash\n  set -e\n  curl -O x\nEOT\nRUN <<-'A' cat <<B\n\tone\n\tA\ntwo\nB\nCMD [\"x\"]\n"_s;
        const auto df = Dockerfile::parse(u"Dockerfile"_s, text);
        QCOMPARE(df.instructions().size(), 4);
        const Instruction &r1 = df.instructions().at(1);
        QCOMPARE(r1.heredocs.size(), 1);
        QCOMPARE(r1.heredocs.first().delimiter, u"EOT"_s);
        QCOMPARE(r1.heredocs.first().body.text(), u"  set -e\n  curl -O x\n"_s);
        const int c = int(r1.heredocs.first().body.text().indexOf(u"curl"));
        QCOMPARE(df.range(r1.heredocs.first().body.docOffset(c), r1.heredocs.first().body.docOffset(c)).line, 4);
        const Instruction &r2 = df.instructions().at(2);
        QCOMPARE(r2.heredocs.size(), 2);
        QVERIFY(r2.heredocs.at(0).quoted);
        QVERIFY(r2.heredocs.at(0).stripTabs);
        QCOMPARE(r2.heredocs.at(0).body.text(), u"one\n"_s);
        QCOMPARE(r2.heredocs.at(1).body.text(), u"two\n"_s);
        QCOMPARE(df.instructions().at(3).keyword, u"CMD"_s);
        QVERIFY(df.problems().isEmpty());
    }

    void unterminatedHeredocAndContinuationAtEof()
    {
        auto df = Dockerfile::parse(u"Dockerfile"_s, u"FROM a\nRUN <<EOT\necho\n"_s);
        QCOMPARE(df.problems().size(), 1);
        QCOMPARE(df.problems().first().line, 2);
        df = Dockerfile::parse(u"Dockerfile"_s, u"FROM a\nRUN echo \\"_s);
        QCOMPARE(df.instructions().size(), 2);
        QCOMPARE(df.problems().size(), 1);
    }

    void jsonForm()
    {
        const auto df = Dockerfile::parse(u"Dockerfile"_s, u"FROM a\nRUN [\"sh\", \"-c\", \"go test -tags \\\"amd64\\\" ./...\"]\n"_s);
        const Instruction &run = df.instructions().at(1);
        QVERIFY(run.jsonForm);
        QCOMPARE(run.jsonArgs.size(), 3);
        const MappedText &script = run.jsonArgs.at(2);
        QCOMPARE(script.text(), u"go test -tags \"amd64\" ./..."_s);
        const int i = int(script.text().indexOf(u"amd64"));
        const SourceRange r = df.range(script.docOffset(i), script.docEnd(i + 5));
        QCOMPARE(r.column, 35);
        QCOMPARE(r.endColumn, 40);
        QVERIFY(!Dockerfile::parse(u"D"_s, u"FROM a\nRUN [not json]\n"_s).instructions().at(1).jsonForm);
    }

    void envForms()
    {
        const auto df = Dockerfile::parse(u"Dockerfile"_s,
                                          u"FROM a\nENV CFLAGS -O2 -mavx2\nENV A=1 B=\"two words\" C\nARG TARGETARCH\nARG V=1.2\n"_s);
        const auto &legacy = df.instructions().at(1).pairs;
        QCOMPARE(legacy.size(), 1);
        QCOMPARE(legacy.first().key, u"CFLAGS"_s);
        QCOMPARE(legacy.first().value.text(), u"-O2 -mavx2"_s);
        QCOMPARE(df.range(legacy.first().value.docOffset(4), legacy.first().value.docOffset(4)).column, 16);
        const auto &modern = df.instructions().at(2).pairs;
        QCOMPARE(modern.size(), 3);
        QCOMPARE(modern.at(1).value.text(), u"two words"_s);
        QVERIFY(!modern.at(2).hasValue);
        QVERIFY(!df.instructions().at(3).pairs.first().hasValue);
        QCOMPARE(df.valueOf(u"V"_s, 4), QString());
        QCOMPARE(df.valueOf(u"B"_s, 4), u"two words"_s);
    }

    void argScoping()
    {
        const QString text = u"ARG GO=1.20\nARG BASE=ubuntu:22.04\nFROM ${BASE} AS one\nRUN echo $GO\nARG GO\nRUN echo $GO\n"
                             "ENV X=1\nFROM one AS two\nRUN echo $X\nFROM alpine\nRUN echo $X $TARGETARCH\n"_s;
        const auto df = Dockerfile::parse(u"Dockerfile"_s, text);
        QCOMPARE(df.expandGlobal(df.stages().at(0).image), u"ubuntu:22.04"_s);
        QVERIFY(!df.isDeclared(u"GO"_s, 3));            // global ARG not re-declared yet
        QVERIFY(df.isDeclared(u"GO"_s, 5));             // after `ARG GO`
        QCOMPARE(df.valueOf(u"GO"_s, 5), u"1.20"_s);    // takes the global default
        QVERIFY(df.isDeclared(u"X"_s, 8));              // inherited from the parent stage
        QVERIFY(!df.isDeclared(u"X"_s, 10));
        QVERIFY(!df.isDeclared(u"TARGETARCH"_s, 10));
        QCOMPARE(df.expand(u"go${GO}.linux-${ARCH:-amd64}.tgz"_s, 5), u"go1.20.linux-amd64.tgz"_s);
        QCOMPARE(df.expand(u"$UNKNOWN/x"_s, 5), u"$UNKNOWN/x"_s);
        QCOMPARE(df.stageByName(u"ONE"_s), 0);
        QCOMPARE(df.stages().size(), 3);
        QCOMPARE(df.stages().at(1).lastInstruction, 8);
    }

    void crlfBomAndOnbuild()
    {
        const QString text = QChar(0xFEFF) + u"FROM a\r\nONBUILD RUN go test -tags amd64 \\\r\n  ./...\r\n"_s;
        const auto df = Dockerfile::parse(u"Dockerfile"_s, text);
        QVERIFY(df.document().hasBom());
        QCOMPARE(df.instructions().size(), 2);
        const Instruction &ob = df.instructions().at(1);
        QCOMPARE(ob.keyword, u"ONBUILD"_s);
        QCOMPARE(ob.effectiveKeyword(), u"RUN"_s);
        QCOMPARE(ob.args.text(), u"go test -tags amd64   ./..."_s);
        const SourceRange r = df.range(ob.start, ob.keywordEnd);
        QCOMPARE(r.line, 2);
        QCOMPARE(r.column, 1);
        QCOMPARE(df.document().line(1).toString(), u"FROM a"_s);
    }

    void utf16Columns()
    {
        // An emoji is two UTF-16 code units: columns after it count both.
        const auto df = Dockerfile::parse(u"Dockerfile"_s, u"FROM a\nLABEL x=\"\U0001F680\" y=z\n"_s);
        const KeyValue &y = df.instructions().at(1).pairs.at(1);
        QCOMPARE(df.range(y.keyText.docOffset(0), y.keyText.docOffset(0)).column, 14);
    }

    void emptyAndGarbage()
    {
        QVERIFY(Dockerfile::parse(u"D"_s, QString()).instructions().isEmpty());
        const auto df = Dockerfile::parse(u"D"_s, u"\n\n   \n# only comments\n"_s);
        QVERIFY(df.instructions().isEmpty());
        QString longLine = u"RUN echo "_s + QString(10000, u'a');
        const auto big = Dockerfile::parse(u"D"_s, u"FROM a\n"_s + longLine);
        QCOMPARE(big.instructions().at(1).args.size(), 10005);
    }

    void argumentWords()
    {
        const auto df = Dockerfile::parse(u"D"_s, u"FROM a AS b\nCOPY --from=b  x.txt \\\n   y/ /dest/\n"
                                                  u"COPY [\"a b.txt\", \"/d/\"]\nRUN\n"_s);
        QCOMPARE(df.instructions().size(), 4);
        QCOMPARE(df.instructions().at(1).argumentWords(), QStringList({u"x.txt"_s, u"y/"_s, u"/dest/"_s}));
        QCOMPARE(df.instructions().at(2).argumentWords(), QStringList({u"a b.txt"_s, u"/d/"_s}));
        QVERIFY(df.instructions().at(3).argumentWords().isEmpty());
    }

    // argumentWords() splits where the regex \s+ would: at ASCII blanks only.
    void argumentWordsLikeRegexSplit()
    {
        const QString text = u" a\tb\u000bc\u000cd\re\nf\u00a0g\u0085h\u2003i  j "_s;
        Instruction ins;
        ins.args.appendRange(text, 0, int(text.size()));
        QCOMPARE(ins.argumentWords(), text.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts));
        QCOMPARE(ins.argumentWords().size(), 7);
    }

    // mid() of a temporary reuses its buffers; it must give what mid() of a kept text gives.
    void mappedTextSlices()
    {
        const QString doc = u"0123456789abcdefghij"_s;
        MappedText t;
        t.appendRange(doc, 2, 6);   // "2345"
        t.append(u'X', 9);
        t.appendRange(doc, 12, 16); // "cdef"
        t.setEnd(16);
        QCOMPARE(t.text(), u"2345Xcdef"_s);
        for (int start = -1; start <= t.size() + 1; ++start) {
            for (int length = 0; length <= t.size() + 1; ++length) {
                const MappedText kept = t.mid(start, length);
                const MappedText moved = MappedText(t).mid(start, length);
                MappedText sliced;
                sliced.appendRange(doc, 0, 1);
                sliced.appendSlice(t, qMax(start, 0), qMax(start, 0) + length);
                QCOMPARE(moved.text(), kept.text());
                QCOMPARE(sliced.text(), u"0"_s + kept.text());
                for (int i = 0; i <= kept.size(); ++i) {
                    QCOMPARE(moved.docOffset(i), kept.docOffset(i));
                    QCOMPARE(moved.docEnd(i), kept.docEnd(i));
                }
                for (int i = 0; i < kept.size(); ++i)
                    QCOMPARE(sliced.docOffset(i + 1), kept.docOffset(i));
                if (!kept.isEmpty())
                    QCOMPARE(sliced.docEnd(sliced.size()), kept.docEnd(kept.size()));
            }
        }
    }

    void keywordCase()
    {
        const auto df = Dockerfile::parse(u"D"_s, u"from a\nRun echo\nonbuild copy x y\nfoo bar\nh\u00e9lp me\n"_s);
        QCOMPARE(df.instructions().size(), 5);
        QCOMPARE(df.instructions().at(0).keyword, u"FROM"_s);
        QCOMPARE(df.instructions().at(1).keyword, u"RUN"_s);
        QCOMPARE(df.instructions().at(2).trigger, u"COPY"_s);
        QCOMPARE(df.instructions().at(3).keyword, u"FOO"_s);
        QCOMPARE(df.instructions().at(4).keyword, u"H\u00c9LP"_s);
    }

    void quotedAndEscapedPairs()
    {
        const QString text = u"FROM a\nENV A=\"x \\\"y\\\" z\" B='a\\b' C=d\\ e D=\n"_s;
        const auto df = Dockerfile::parse(u"D"_s, text);
        const auto &pairs = df.instructions().at(1).pairs;
        QCOMPARE(pairs.size(), 4);
        QCOMPARE(pairs.at(0).value.text(), u"x \"y\" z"_s);
        QCOMPARE(pairs.at(1).value.text(), u"a\\b"_s);
        QCOMPARE(pairs.at(2).value.text(), u"d e"_s);
        QVERIFY(pairs.at(3).hasValue);
        QVERIFY(pairs.at(3).value.isEmpty());
        // Positions survive quotes and escapes: `z` is the last character before the closing quote.
        const MappedText &a = pairs.at(0).value;
        QCOMPARE(a.docOffset(a.size() - 1), int(text.indexOf(u"z\""_s)));
        const MappedText &c = pairs.at(2).value;
        QCOMPARE(c.docOffset(2), int(text.indexOf(u" e D"_s)) + 1);
        QCOMPARE(pairs.at(2).key, u"C"_s);
    }

    void redirectionIsNoHeredoc()
    {
        const auto df = Dockerfile::parse(u"D"_s, u"FROM a\nRUN cat < in.txt > out.txt\nRUN cat <<EOT\nhi\nEOT\n"_s);
        QCOMPARE(df.instructions().size(), 3);
        QVERIFY(df.instructions().at(1).heredocs.isEmpty());
        QCOMPARE(df.instructions().at(2).heredocs.size(), 1);
    }

    void stageReferences()
    {
        const auto df = Dockerfile::parse(u"D"_s, u"FROM a AS build\nFROM b\nFROM build\n"_s);
        QCOMPARE(df.stageByName(u"build"_s), 0);
        QCOMPARE(df.stageByName(u"1"_s), 1);
        QCOMPARE(df.stageByName(u" 1"_s), 1);
        QCOMPARE(df.stageByName(u"+1"_s), 1);
        QCOMPARE(df.stageByName(u"3"_s), -1);
        QCOMPARE(df.stageByName(u"b1"_s), -1);
        QCOMPARE(df.stageByName(u"1e0"_s), -1);
        QVERIFY(df.stages().at(0).baseOfLaterStage);
    }
};

QTEST_GUILESS_MAIN(TestDockerfileParser)
#include "tst_dockerfileparser.moc"
