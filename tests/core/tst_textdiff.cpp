// TextDiff against the real tools: diff -u must print the same text, patch and git apply must
// accept it and produce the new text.
#include "fix/TextDiff.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Armlift;
using namespace Qt::StringLiterals;

namespace {

bool writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    return f.write(text.toUtf8()) >= 0;
}

QString readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

// `diff -u` with git's a/ b/ labels instead of the timestamped file names.
QString realDiff(const QString &before, const QString &after, int context = 3)
{
    QTemporaryDir dir;
    if (!writeFile(dir.filePath(u"old"_s), before) || !writeFile(dir.filePath(u"new"_s), after))
        return u"<cannot write>"_s;
    QProcess p;
    p.start(u"diff"_s, {u"-U"_s + QString::number(context), u"--label"_s, u"a/Dockerfile"_s,
                        u"--label"_s, u"b/Dockerfile"_s, dir.filePath(u"old"_s), dir.filePath(u"new"_s)});
    if (!p.waitForFinished(30000))
        return u"<diff did not finish>"_s;
    return QString::fromUtf8(p.readAllStandardOutput());
}

int run(const QString &program, const QStringList &args, const QString &cwd, const QString &stdinText,
        QString *output)
{
    QProcess p;
    p.setWorkingDirectory(cwd);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return -1;
    p.write(stdinText.toUtf8());
    p.closeWriteChannel();
    p.waitForFinished(30000);
    *output = QString::fromUtf8(p.readAll());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QString lines(int from, int to, const QString &prefix = u"line "_s)
{
    QString s;
    for (int i = from; i <= to; ++i)
        s += prefix + QString::number(i) + u'\n';
    return s;
}

} // namespace

class TestTextDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesDiffU_data();
    void matchesDiffU();
    void patchAndGitApplyAccept_data() { matchesDiffU_data(); }
    void patchAndGitApplyAccept();
    void diffLinesNumbersAndKinds();
    void diffLinesStripsLineBreaks();
    void equalTextsGiveNoDiff();
    void randomEditsReconstruct();
    void largeFileFewChangesIsFast();
};

void TestTextDiff::matchesDiffU_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<int>("context");

    const QString go = u"FROM debian:bookworm\n"
                       "RUN apt-get update && apt-get install -y wget\n"
                       "RUN wget https://go.dev/dl/go1.20.2.linux-amd64.tar.gz \\\n"
                       " && tar -C /usr/local -xzf go1.20.2.linux-amd64.tar.gz\n"
                       "ENV PATH=/usr/local/go/bin:$PATH\n"_s;
    QString goFixed = go;
    goFixed.replace(u"linux-amd64"_s, u"linux-${TARGETARCH}"_s);
    goFixed.replace(u"FROM debian:bookworm\n"_s, u"FROM debian:bookworm\nARG TARGETARCH\n"_s);
    QTest::newRow("go tarball fix") << go << goFixed << 3;
    QTest::newRow("one line changed") << lines(1, 20) << lines(1, 20).replace(u"line 10\n"_s, u"ten\n"_s) << 3;
    QTest::newRow("insert at top") << lines(1, 10) << u"new\n"_s + lines(1, 10) << 3;
    QTest::newRow("append at end") << lines(1, 10) << lines(1, 10) + u"new\n"_s << 3;
    QTest::newRow("delete first") << lines(1, 10) << lines(2, 10) << 3;
    QTest::newRow("delete last") << lines(1, 10) << lines(1, 9) << 3;
    QTest::newRow("two hunks") << lines(1, 40)
                               << lines(1, 40).replace(u"line 5\n"_s, u"five\n"_s).replace(u"line 30\n"_s, u""_s) << 3;
    QTest::newRow("merged hunks (gap 6)") << lines(1, 30)
                                          << lines(1, 30).replace(u"line 5\n"_s, u"5\n"_s).replace(u"line 12\n"_s, u"12\n"_s) << 3;
    QTest::newRow("separate hunks (gap 7)") << lines(1, 30)
                                            << lines(1, 30).replace(u"line 5\n"_s, u"5\n"_s).replace(u"line 13\n"_s, u"13\n"_s) << 3;
    QTest::newRow("context 0 insertion") << lines(1, 10) << lines(1, 10).replace(u"line 4\n"_s, u"line 4\nx\n"_s) << 0;
    QTest::newRow("context 1") << lines(1, 10) << lines(1, 10).replace(u"line 4\n"_s, u"four\n"_s) << 1;
    QTest::newRow("no newline at end, changed") << u"a\nb\nc"_s << u"a\nb\nd"_s << 3;
    QTest::newRow("newline added at end") << u"a\nb\nc"_s << u"a\nb\nc\n"_s << 3;
    QTest::newRow("newline removed at end") << u"a\nb\nc\n"_s << u"a\nb\nc"_s << 3;
    QTest::newRow("from empty") << QString() << u"a\nb\n"_s << 3;
    QTest::newRow("to empty") << u"a\nb\n"_s << QString() << 3;
    QTest::newRow("crlf") << u"FROM x\r\nRUN a\r\nRUN b\r\n"_s << u"FROM x\r\nARG TARGETARCH\r\nRUN a\r\nRUN c\r\n"_s << 3;
    QTest::newRow("non-ascii") << u"# café\nRUN echo ü\n"_s << u"# café\nRUN echo 日本\n"_s << 3;
    // Ambiguous alignments: diff slides a change over equal lines; we must pick the same.
    QTest::newRow("duplicate blank lines") << u"a\n\n\nb\n"_s << u"a\n\n\n\nb\n"_s << 3;
    QTest::newRow("repeated block inserted") << u"x\n}\n\nfoo() {\n}\ny\n"_s
                                             << u"x\n}\n\nbar() {\n}\n\nfoo() {\n}\ny\n"_s << 3;
    QTest::newRow("everything different") << lines(1, 5) << lines(1, 5, u"other "_s) << 3;
}

void TestTextDiff::matchesDiffU()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(int, context);
    QCOMPARE(unifiedDiff(u"Dockerfile"_s, before, after, context), realDiff(before, after, context));
}

void TestTextDiff::patchAndGitApplyAccept()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    const QString patchText = unifiedDiff(u"Dockerfile"_s, before, after);
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath(u"Dockerfile"_s), before));
    QString out;
    QCOMPARE(run(u"git"_s, {u"apply"_s, u"--check"_s, u"-"_s}, dir.path(), patchText, &out), 0);
    QCOMPARE(run(u"patch"_s, {u"-p1"_s, u"--quiet"_s}, dir.path(), patchText, &out), 0);
    QCOMPARE(readFile(dir.filePath(u"Dockerfile"_s)), after);
}

void TestTextDiff::diffLinesNumbersAndKinds()
{
    const QList<DiffLine> d = diffLines(u"a\nb\nc\nd\n"_s, u"a\nx\nc\nd\ne\n"_s);
    const QList<DiffLine> expected = {
        {DiffLine::Same, u"a"_s, 1, 1},
        {DiffLine::Removed, u"b"_s, 2, 0},
        {DiffLine::Added, u"x"_s, 0, 2},
        {DiffLine::Same, u"c"_s, 3, 3},
        {DiffLine::Same, u"d"_s, 4, 4},
        {DiffLine::Added, u"e"_s, 0, 5},
    };
    QCOMPARE(d.size(), expected.size());
    for (qsizetype i = 0; i < d.size(); ++i) {
        QCOMPARE(d.at(i).kind, expected.at(i).kind);
        QCOMPARE(d.at(i).text, expected.at(i).text);
        QCOMPARE(d.at(i).oldLine, expected.at(i).oldLine);
        QCOMPARE(d.at(i).newLine, expected.at(i).newLine);
    }
}

void TestTextDiff::diffLinesStripsLineBreaks()
{
    const QList<DiffLine> d = diffLines(u"FROM x\r\nRUN a"_s, u"FROM x\r\nRUN a\n"_s);
    // "RUN a" without a break differs from "RUN a\n", as in diff(1); the text shown has no break.
    QCOMPARE(d.size(), 3);
    QCOMPARE(d.at(0).kind, DiffLine::Same);
    QCOMPARE(d.at(0).text, u"FROM x"_s);
    QCOMPARE(d.at(1).kind, DiffLine::Removed);
    QCOMPARE(d.at(1).text, u"RUN a"_s);
    QCOMPARE(d.at(2).kind, DiffLine::Added);
    QCOMPARE(d.at(2).text, u"RUN a"_s);
}

void TestTextDiff::equalTextsGiveNoDiff()
{
    QVERIFY(unifiedDiff(u"f"_s, lines(1, 5), lines(1, 5)).isEmpty());
    const QList<DiffLine> d = diffLines(lines(1, 5), lines(1, 5));
    QCOMPARE(d.size(), 5);
    for (const DiffLine &l : d)
        QCOMPARE(l.kind, DiffLine::Same);
    QVERIFY(diffLines(QString(), QString()).isEmpty());
}

void TestTextDiff::randomEditsReconstruct()
{
    // Small alphabets make many equal lines, the hard case for alignment. Every diff must
    // rebuild both texts, use no more changed lines than GNU diff --minimal, and patch must accept it.
    QRandomGenerator rng(20261126);
    for (int round = 0; round < 60; ++round) {
        QStringList a;
        const int n = int(rng.bounded(0, 40));
        for (int i = 0; i < n; ++i)
            a << QString(QChar(u'a' + rng.bounded(0, 5)));
        QStringList b = a;
        const int edits = int(rng.bounded(0, 8));
        for (int e = 0; e < edits; ++e) {
            const int op = int(rng.bounded(0, 3));
            const int at = b.isEmpty() ? 0 : int(rng.bounded(0, int(b.size())));
            if (op == 0 || b.isEmpty())
                b.insert(at, QString(QChar(u'a' + rng.bounded(0, 6))));
            else if (op == 1)
                b.removeAt(at);
            else
                b[at] = QString(QChar(u'a' + rng.bounded(0, 6)));
        }
        const QString before = a.isEmpty() ? QString() : a.join(u'\n') + u'\n';
        const QString after = b.isEmpty() ? QString() : b.join(u'\n') + u'\n';
        QStringList oldSide, newSide;
        int changed = 0;
        for (const DiffLine &l : diffLines(before, after)) {
            if (l.kind != DiffLine::Added)
                oldSide << l.text;
            if (l.kind != DiffLine::Removed)
                newSide << l.text;
            changed += l.kind == DiffLine::Same ? 0 : 1;
        }
        QCOMPARE(oldSide, a);
        QCOMPARE(newSide, b);
        int minimal = 0;
        const QStringList real = realDiff(before, after, 0).split(u'\n');
        for (const QString &l : real)
            minimal += (l.startsWith(u'+') || l.startsWith(u'-')) && !l.startsWith(u"+++ "_s) && !l.startsWith(u"--- "_s) ? 1 : 0;
        QVERIFY2(changed <= minimal, qPrintable(u"round %1: %2 changed lines, diff has %3"_s.arg(round).arg(changed).arg(minimal)));

        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(u"Dockerfile"_s), before));
        QString out;
        QCOMPARE(run(u"patch"_s, {u"-p1"_s, u"--quiet"_s}, dir.path(), unifiedDiff(u"Dockerfile"_s, before, after), &out), 0);
        QCOMPARE(readFile(dir.filePath(u"Dockerfile"_s)), after);
    }
}

void TestTextDiff::largeFileFewChangesIsFast()
{
    const QString before = lines(1, 10000);
    QString after = before;
    after.replace(u"line 17\n"_s, u"seventeen\n"_s);
    after.replace(u"line 5000\n"_s, u"line 5000\nARG TARGETARCH\n"_s);
    after.replace(u"line 9999\n"_s, u""_s);
    QElapsedTimer timer;
    timer.start();
    const QString d = unifiedDiff(u"Dockerfile"_s, before, after);
    const qint64 ms = timer.elapsed();
    QCOMPARE(d, realDiff(before, after));
    QVERIFY2(ms < 200, qPrintable(u"10,000-line diff took %1 ms"_s.arg(ms)));

    // A completely rewritten file of 2,000 lines still finishes (linear space, no quadratic table).
    timer.restart();
    const QList<DiffLine> all = diffLines(lines(1, 2000), lines(1, 2000, u"x "_s));
    QCOMPARE(all.size(), 4000);
    QVERIFY2(timer.elapsed() < 5000, qPrintable(u"rewrite diff took %1 ms"_s.arg(timer.elapsed())));
}

QTEST_GUILESS_MAIN(TestTextDiff)
#include "tst_textdiff.moc"
