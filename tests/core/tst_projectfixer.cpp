// ProjectFixer on real files with the bundled rules: rounds until nothing applies, identical
// edits merged, overlapping ones refused, nothing written unless every file could be read.
#include "fix/ProjectFixer.h"
#include "fix/TextDiff.h"
#include "scan/ProjectScanner.h"
#include "text/TextDocument.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Armlift;
using namespace Qt::StringLiterals;

namespace {

const QString GoDockerfile = u"FROM debian:bookworm\n"
                             "RUN apt-get update && apt-get install -y wget\n"
                             "RUN wget https://go.dev/dl/go1.20.2.linux-amd64.tar.gz \\\n"
                             " && tar -C /usr/local -xzf go1.20.2.linux-amd64.tar.gz\n"
                             "ENV PATH=/usr/local/go/bin:$PATH\n"_s;

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int countRule(const ScanResult &r, const QString &rule)
{
    return int(std::count_if(r.findings.cbegin(), r.findings.cend(), [&](const Finding &f) { return f.ruleId == rule; }));
}

Finding handFinding(const QString &file, const SourceRange &range, const QString &newText)
{
    Finding f;
    f.ruleId = u"ARM999"_s;
    f.file = file;
    f.range = range;
    f.message = u"test"_s;
    f.fixes = {Fix{u"replace"_s, {TextEdit{file, range, newText}}, {}}};
    return f;
}

} // namespace

class TestProjectFixer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fixesGoTarballAndRescansClean();
    void identicalEditsMergedAcrossFindings();
    void previewWritesNothing();
    void overlappingEditRefused();
    void notesOfAppliedFixes();
    void unreadableFileMeansNothingWritten();
    void bomAndCrlfKept();
    void createsDockerignore();
};

void TestProjectFixer::fixesGoTarballAndRescansClean()
{
    QTemporaryDir dir;
    QVERIFY(writeBytes(dir.filePath(u"Dockerfile"_s), GoDockerfile.toUtf8()));
    const ProjectScanner scanner;
    const ScanResult initial = scanner.scan(dir.path());
    QVERIFY(countRule(initial, u"ARM201"_s) >= 1);

    const ProjectFixer::Result r = ProjectFixer(scanner).fix(dir.path(), initial);
    QVERIFY(r.errors.isEmpty());
    QVERIFY(r.written);
    QVERIFY(r.converged);
    QVERIFY(r.rounds >= 1);
    QCOMPARE(r.changes.size(), 1);
    QCOMPARE(r.changes.at(0).path, u"Dockerfile"_s);
    QCOMPARE(r.changes.at(0).before, GoDockerfile);
    const QString after = QString::fromUtf8(readBytes(dir.filePath(u"Dockerfile"_s)));
    QCOMPARE(r.changes.at(0).after, after);
    QVERIFY(!after.contains(u"linux-amd64"_s));
    QCOMPARE(after.count(u"linux-${TARGETARCH}"_s), 2);
    QCOMPARE(after.count(u"ARG TARGETARCH"_s), 1);
    QCOMPARE(countRule(r.finalScan, u"ARM201"_s), 0);
    QCOMPARE(countRule(scanner.scan(dir.path()), u"ARM201"_s), 0);
    // The user's other lines and formatting are untouched: only the edit lines differ.
    for (const DiffLine &l : diffLines(GoDockerfile, after)) {
        if (l.kind == DiffLine::Removed)
            QVERIFY2(l.text.contains(u"amd64"_s), qPrintable(l.text));
    }
}

void TestProjectFixer::identicalEditsMergedAcrossFindings()
{
    // Two tarball downloads in one stage: both fixes insert `ARG TARGETARCH`, once.
    const QString text = u"FROM debian\n"
                         "RUN wget https://go.dev/dl/go1.20.2.linux-amd64.tar.gz\n"
                         "RUN wget https://go.dev/dl/go1.21.0.linux-amd64.tar.gz\n"_s;
    QTemporaryDir dir;
    QVERIFY(writeBytes(dir.filePath(u"svc/Dockerfile"_s), text.toUtf8()));
    const ProjectScanner scanner;
    const ScanResult initial = scanner.scan(dir.path());
    QCOMPARE(countRule(initial, u"ARM201"_s), 2);
    const ProjectFixer::Result r = ProjectFixer(scanner).fix(dir.path(), initial);
    QVERIFY(r.refused.isEmpty());
    const QString after = QString::fromUtf8(readBytes(dir.filePath(u"svc/Dockerfile"_s)));
    QCOMPARE(after.count(u"ARG TARGETARCH"_s), 1);
    QCOMPARE(after.count(u"linux-${TARGETARCH}"_s), 2);
    QCOMPARE(countRule(r.finalScan, u"ARM201"_s), 0);
}

void TestProjectFixer::previewWritesNothing()
{
    QTemporaryDir dir;
    QVERIFY(writeBytes(dir.filePath(u"Dockerfile"_s), GoDockerfile.toUtf8()));
    const ProjectScanner scanner;
    const ProjectFixer::Result r = ProjectFixer(scanner).fix(dir.path(), scanner.scan(dir.path()), false);
    QVERIFY(!r.written);
    QCOMPARE(r.changes.size(), 1);
    QVERIFY(r.changes.at(0).after.contains(u"linux-${TARGETARCH}"_s));
    QCOMPARE(countRule(r.finalScan, u"ARM201"_s), 0); // the in-memory re-scan saw the fixed text
    QCOMPARE(readBytes(dir.filePath(u"Dockerfile"_s)), GoDockerfile.toUtf8());
}

void TestProjectFixer::overlappingEditRefused()
{
    QTemporaryDir dir;
    const QString text = u"FROM debian\nRUN echo hello world\n"_s;
    QVERIFY(writeBytes(dir.filePath(u"Dockerfile"_s), text.toUtf8()));
    ScanResult initial;
    initial.root = dir.path();
    initial.files = {{u"Dockerfile"_s, u"dockerfile"_s}};
    // "hello world" and "world" overlap: the first (by position) wins, the other is refused.
    initial.findings = {handFinding(u"Dockerfile"_s, {2, 10, 2, 21}, u"bye"_s),
                        handFinding(u"Dockerfile"_s, {2, 16, 2, 21}, u"moon"_s)};
    const ProjectScanner scanner;
    const ProjectFixer::Result r = ProjectFixer(scanner).fix(dir.path(), initial);
    QCOMPARE(r.refused.size(), 1);
    QCOMPARE(r.refused.at(0).newText, u"moon"_s);
    QCOMPARE(QString::fromUtf8(readBytes(dir.filePath(u"Dockerfile"_s))), u"FROM debian\nRUN echo bye\n"_s);
}

void TestProjectFixer::notesOfAppliedFixes()
{
    QTemporaryDir dir;
    QVERIFY(writeBytes(dir.filePath(u"Dockerfile"_s), "FROM debian\nRUN echo a\n"));
    ScanResult initial;
    initial.root = dir.path();
    Finding f = handFinding(u"Dockerfile"_s, {2, 10, 2, 11}, u"b"_s);
    f.fixes.first().note = u"update the checksum on line 3"_s;
    initial.findings = {f};
    const ProjectScanner scanner;
    const ProjectFixer::Result r = ProjectFixer(scanner).fix(dir.path(), initial);
    QVERIFY(r.written);
    QCOMPARE(r.notes.size(), 1);
    QCOMPARE(r.notes.at(0).file, u"Dockerfile"_s);
    QCOMPARE(r.notes.at(0).line, 2);
    QCOMPARE(r.notes.at(0).ruleId, u"ARM999"_s);
    QCOMPARE(r.notes.at(0).text, u"update the checksum on line 3"_s);
    QCOMPARE(readBytes(dir.filePath(u"Dockerfile"_s)), QByteArray("FROM debian\nRUN echo b\n"));
}

void TestProjectFixer::unreadableFileMeansNothingWritten()
{
    QTemporaryDir dir;
    QVERIFY(writeBytes(dir.filePath(u"a/Dockerfile"_s), "FROM debian\nRUN echo a\n"));
    const QByteArray invalid = "FROM debian\nRUN echo \xff\xfe\n";
    QVERIFY(writeBytes(dir.filePath(u"b/Dockerfile"_s), invalid));
    ScanResult initial;
    initial.root = dir.path();
    initial.findings = {handFinding(u"a/Dockerfile"_s, {2, 10, 2, 11}, u"A"_s),
                        handFinding(u"b/Dockerfile"_s, {2, 6, 2, 10}, u"printf"_s)};
    const ProjectScanner scanner;
    const ProjectFixer::Result r = ProjectFixer(scanner).fix(dir.path(), initial);
    QVERIFY(!r.written);
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors.at(0).file, u"b/Dockerfile"_s);
    QVERIFY(r.errors.at(0).message.contains(u"UTF-8"_s));
    QCOMPARE(readBytes(dir.filePath(u"a/Dockerfile"_s)), QByteArray("FROM debian\nRUN echo a\n"));
    QCOMPARE(readBytes(dir.filePath(u"b/Dockerfile"_s)), invalid);

    // An edit that names a path outside the root is refused the same way.
    ScanResult escaping = initial;
    escaping.findings = {handFinding(u"../outside/Dockerfile"_s, {1, 1, 1, 2}, u"x"_s)};
    const ProjectFixer::Result e = ProjectFixer(scanner).fix(dir.path(), escaping);
    QVERIFY(!e.written);
    QCOMPARE(e.errors.size(), 1);
}

void TestProjectFixer::bomAndCrlfKept()
{
    QTemporaryDir dir;
    QByteArray bytes = "\xEF\xBB\xBF" + GoDockerfile.toUtf8();
    bytes.replace("\n", "\r\n");
    QVERIFY(writeBytes(dir.filePath(u"Dockerfile"_s), bytes));
    const ProjectScanner scanner;
    const ProjectFixer::Result r = ProjectFixer(scanner).fix(dir.path(), scanner.scan(dir.path()));
    QVERIFY(r.written);
    const QByteArray after = readBytes(dir.filePath(u"Dockerfile"_s));
    QVERIFY(after.startsWith("\xEF\xBB\xBF" "FROM debian:bookworm\r\n"));
    QVERIFY(after.contains("linux-${TARGETARCH}"));
    QCOMPARE(after.count("\n"), after.count("\r\n")); // no bare LF came in with the inserted line
    QCOMPARE(countRule(r.finalScan, u"ARM201"_s), 0);
}

void TestProjectFixer::createsDockerignore()
{
    // ARM702's fix creates a .dockerignore: previewed as a diff from empty, then written atomically.
    QTemporaryDir dir;
    QVERIFY(writeBytes(dir.filePath(u"web/Dockerfile"_s),
                       "FROM node:20-slim\nWORKDIR /app\nCOPY package.json ./\nRUN npm ci\nCOPY . .\nCMD [\"node\", \"server.js\"]\n"));
    QVERIFY(writeBytes(dir.filePath(u"web/package.json"_s), R"({"devDependencies": {"vite": "5.0.0", "esbuild": "0.19.8"}})"));
    const ProjectScanner scanner;
    const ScanResult initial = scanner.scan(dir.path());
    QCOMPARE(countRule(initial, u"ARM702"_s), 1);

    const ProjectFixer::Result preview = ProjectFixer(scanner).fix(dir.path(), initial, false);
    QVERIFY(!QFile::exists(dir.filePath(u"web/.dockerignore"_s)));
    QCOMPARE(preview.changes.size(), 1);
    const ProjectFixer::FileChange &c = preview.changes.first();
    QCOMPARE(c.path, u"web/.dockerignore"_s);
    QVERIFY(c.created);
    QVERIFY(c.before.isEmpty());
    QCOMPARE(c.after, u"node_modules\n"_s);
    QCOMPARE(unifiedDiff(c.path, c.before, c.after),
             u"--- a/web/.dockerignore\n+++ b/web/.dockerignore\n@@ -0,0 +1 @@\n+node_modules\n"_s);
    QCOMPARE(countRule(preview.finalScan, u"ARM702"_s), 0);

    const ProjectFixer::Result written = ProjectFixer(scanner).fix(dir.path(), initial);
    QVERIFY(written.errors.isEmpty());
    QVERIFY(written.written);
    QCOMPARE(readBytes(dir.filePath(u"web/.dockerignore"_s)), QByteArray("node_modules\n"));
    QCOMPARE(countRule(written.finalScan, u"ARM702"_s), 0);
    // No temporary files left next to it.
    QCOMPARE(QDir(dir.filePath(u"web"_s)).entryList(QDir::Files | QDir::Hidden).size(), 3);
}

QTEST_GUILESS_MAIN(TestProjectFixer)
#include "tst_projectfixer.moc"
