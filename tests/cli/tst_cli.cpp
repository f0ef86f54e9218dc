// The real armlift-scan binary on temporary copies of the fixtures in tests/cli/fixtures:
// output formats, the stdout/stderr split, exit codes, --fix, --explain, --list-rules.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

const QString Binary = QStringLiteral(ARMLIFT_BIN_DIR "/armlift-scan");
const QString Fixtures = QStringLiteral(ARMLIFT_SOURCE_DIR "/tests/cli/fixtures");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run scan(const QStringList &args, const QString &cwd = {})
{
    QProcess p;
    if (!cwd.isEmpty())
        p.setWorkingDirectory(cwd);
    p.start(Binary, args);
    Run r;
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit) {
        r.err = u"armlift-scan did not finish: "_s + p.errorString();
        return r;
    }
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

bool copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString src = it.next();
        const QString dst = to + u'/' + QDir(from).relativeFilePath(src);
        if (!QDir().mkpath(QFileInfo(dst).path()) || !QFile::copy(src, dst))
            return false;
    }
    return true;
}

// A fresh copy of a fixture folder: tests may rewrite it (--fix), the tracked files never change.
QString fixture(const QTemporaryDir &dir, const QString &name, const QString &as = {})
{
    const QString target = dir.filePath(as.isEmpty() ? name : as);
    return copyTree(Fixtures + u'/' + name, target) ? target : QString();
}

QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject json(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    return error.error == QJsonParseError::NoError ? doc.object() : QJsonObject();
}

QStringList rulesIn(const QJsonObject &report)
{
    QStringList ids;
    for (const QJsonValue &f : report.value(u"findings"_s).toArray())
        ids << f.toObject().value(u"rule"_s).toString();
    return ids;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void textFormat();
    void jsonFormat();
    void sarifFormat();
    void otherFormats();
    void exitCodes_data();
    void exitCodes();
    void stdoutStaysPureWithErrors();
    void outputFile();
    void fixRewritesAndPrintsDiff();
    void fixWithOutputReportsWhatRemains();
    void fixLeavesNpmLockfileAndSaysSo();
    void unreadableRoot();
    void explainAndListRules();
    void versionAndOnline();
    void severalRoots();
    void singleDockerfileAsRoot();
};

void TestCli::initTestCase()
{
    QVERIFY2(QFileInfo(Binary).isExecutable(), qPrintable(Binary));
    QVERIFY(QFileInfo::exists(Fixtures + u"/go-tarball/Dockerfile"_s));
}

void TestCli::textFormat()
{
    QTemporaryDir dir;
    const Run r = scan({fixture(dir, u"go-tarball"_s)});
    QCOMPARE(r.exitCode, 1);
    const QStringList lines = QString::fromUtf8(r.out).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(!lines.isEmpty());
    const QRegularExpression format(u"^[^:]+:\\d+:\\d+: (error|warning|info): .+ \\[ARM\\d{3}\\]$"_s);
    for (const QString &line : lines)
        QVERIFY2(format.match(line).hasMatch(), qPrintable(line));
    const QRegularExpression go(u"^Dockerfile:3:\\d+: error: .+ \\[ARM201\\]$"_s);
    QVERIFY2(std::any_of(lines.cbegin(), lines.cend(), [&](const QString &l) { return go.match(l).hasMatch(); }),
             qPrintable(lines.join(u'\n')));
    // The summary goes to stderr, never into the report.
    QVERIFY2(QRegularExpression(u"1 files, \\d+ problems \\(\\d+ errors, \\d+ warnings, \\d+ info\\), \\d+ fixable"_s)
                 .match(r.err).hasMatch(),
             qPrintable(r.err));
    QVERIFY(!r.out.contains("problems ("));
}

void TestCli::jsonFormat()
{
    QTemporaryDir dir;
    const QString root = fixture(dir, u"go-tarball"_s);
    const Run r = scan({u"--format"_s, u"json"_s, root});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject report = json(r.out);
    QVERIFY2(!report.isEmpty(), r.out.constData());
    const QStringList keys = report.keys();
    QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()),
             (QSet<QString>{u"tool"_s, u"root"_s, u"files"_s, u"findings"_s, u"errors"_s}));
    QCOMPARE(report.value(u"tool"_s).toObject().value(u"name"_s).toString(), u"armlift"_s);
    QVERIFY(report.value(u"tool"_s).toObject().value(u"version"_s).isString());
    QCOMPARE(QDir(report.value(u"root"_s).toString()).canonicalPath(), QDir(root).canonicalPath());
    QVERIFY(report.value(u"files"_s).toArray().contains(QJsonObject{{u"path"_s, u"Dockerfile"_s}, {u"kind"_s, u"dockerfile"_s}}));
    QVERIFY(report.value(u"errors"_s).isArray());
    bool found = false;
    for (const QJsonValue &v : report.value(u"findings"_s).toArray()) {
        const QJsonObject f = v.toObject();
        for (const QString &k : {u"line"_s, u"column"_s, u"endLine"_s, u"endColumn"_s})
            QVERIFY(f.value(k).isDouble());
        for (const QString &k : {u"rule"_s, u"severity"_s, u"file"_s, u"message"_s, u"help"_s, u"source"_s})
            QVERIFY(f.value(k).isString());
        QVERIFY(f.value(u"fixes"_s).isArray());
        if (f.value(u"rule"_s) == u"ARM201"_s) {
            found = true;
            QCOMPARE(f.value(u"severity"_s).toString(), u"error"_s);
            QCOMPARE(f.value(u"file"_s).toString(), u"Dockerfile"_s);
            QCOMPARE(f.value(u"line"_s).toInt(), 3);
            const QJsonObject fix = f.value(u"fixes"_s).toArray().at(0).toObject();
            QVERIFY(!fix.value(u"title"_s).toString().isEmpty());
            QVERIFY(!fix.value(u"edits"_s).toArray().isEmpty());
            QVERIFY(fix.value(u"edits"_s).toArray().at(0).toObject().value(u"newText"_s).isString());
        }
    }
    QVERIFY(found);
}

void TestCli::sarifFormat()
{
    QTemporaryDir dir;
    const Run r = scan({u"--format"_s, u"sarif"_s, fixture(dir, u"go-tarball"_s)});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject log = json(r.out);
    QCOMPARE(log.value(u"version"_s).toString(), u"2.1.0"_s);
    QVERIFY(log.value(u"$schema"_s).toString().startsWith(u"https://"_s));
    const QJsonObject run = log.value(u"runs"_s).toArray().at(0).toObject();
    const QJsonObject driver = run.value(u"tool"_s).toObject().value(u"driver"_s).toObject();
    QCOMPARE(driver.value(u"name"_s).toString(), u"armlift"_s);
    const QJsonArray rules = driver.value(u"rules"_s).toArray();
    QStringList ids;
    for (const QJsonValue &rule : rules) {
        ids << rule.toObject().value(u"id"_s).toString();
        QVERIFY(rule.toObject().value(u"helpUri"_s).toString().startsWith(u"https://"_s));
        QVERIFY(rule.toObject().contains(u"defaultConfiguration"_s));
    }
    QVERIFY(ids.contains(u"ARM201"_s));
    QVERIFY(run.value(u"originalUriBaseIds"_s).toObject().value(u"SRCROOT"_s).toObject().value(u"uri"_s).toString()
                .startsWith(u"file:///"_s));
    bool found = false;
    for (const QJsonValue &v : run.value(u"results"_s).toArray()) {
        const QJsonObject res = v.toObject();
        QCOMPARE(ids.at(res.value(u"ruleIndex"_s).toInt()), res.value(u"ruleId"_s).toString());
        if (res.value(u"ruleId"_s) == u"ARM201"_s) {
            found = true;
            QCOMPARE(res.value(u"level"_s).toString(), u"error"_s);
            const QJsonObject loc = res.value(u"locations"_s).toArray().at(0).toObject().value(u"physicalLocation"_s).toObject();
            QCOMPARE(loc.value(u"artifactLocation"_s).toObject().value(u"uri"_s).toString(), u"Dockerfile"_s);
            QCOMPARE(loc.value(u"region"_s).toObject().value(u"startLine"_s).toInt(), 3);
            QVERIFY(!res.value(u"fixes"_s).toArray().at(0).toObject().value(u"artifactChanges"_s).toArray().isEmpty());
        }
    }
    QVERIFY(found);
}

void TestCli::otherFormats()
{
    QTemporaryDir dir;
    const QString root = fixture(dir, u"go-tarball"_s);
    const Run md = scan({u"--format"_s, u"markdown"_s, root});
    QCOMPARE(md.exitCode, 1);
    QVERIFY(md.out.startsWith("# "));
    QVERIFY(md.out.contains("| Error | "));
    QVERIFY(md.out.contains("[ARM201](https://"));
    const Run html = scan({u"--format"_s, u"html"_s, root});
    QCOMPARE(html.exitCode, 1);
    QVERIFY(html.out.startsWith("<!DOCTYPE html>"));
    QVERIFY(html.out.contains("ARM201"));
    QVERIFY(html.out.trimmed().endsWith("</html>"));
    const Run csv = scan({u"--format"_s, u"csv"_s, root});
    QCOMPARE(csv.exitCode, 1);
    QVERIFY(csv.out.startsWith("file,line,column,endLine,endColumn,severity,rule,message,help,source,fix\r\n"));
    QVERIFY(csv.out.contains("Dockerfile,3,"));
    QVERIFY(csv.out.contains(",error,ARM201,"));
}

void TestCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("expected");
    QTest::newRow("clean folder") << QStringList{u"@clean"_s} << 0;
    QTest::newRow("go tarball") << QStringList{u"@go-tarball"_s} << 1;
    QTest::newRow("fail-on never") << QStringList{u"--fail-on"_s, u"never"_s, u"@go-tarball"_s} << 0;
    QTest::newRow("fail-on warning, clean") << QStringList{u"--fail-on"_s, u"warning"_s, u"@clean"_s} << 0;
    QTest::newRow("fail-on info, go") << QStringList{u"--fail-on=info"_s, u"@go-tarball"_s} << 1;
    QTest::newRow("nonexistent path") << QStringList{u"@does-not-exist"_s} << 2;
    QTest::newRow("one of two paths missing") << QStringList{u"@clean"_s, u"@does-not-exist"_s} << 2;
    QTest::newRow("bad option") << QStringList{u"--no-such-option"_s, u"@clean"_s} << 2;
    QTest::newRow("bad format") << QStringList{u"--format"_s, u"xml"_s, u"@clean"_s} << 2;
    QTest::newRow("bad fail-on") << QStringList{u"--fail-on"_s, u"sometimes"_s, u"@clean"_s} << 2;
    QTest::newRow("no path") << QStringList{} << 2;
    QTest::newRow("offline accepted") << QStringList{u"--offline"_s, u"@clean"_s} << 0;
    QTest::newRow("quiet") << QStringList{u"--quiet"_s, u"@go-tarball"_s} << 1;
}

void TestCli::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, expected);
    QTemporaryDir dir;
    for (QString &a : args) {
        if (a.startsWith(u'@'))
            a = a == u"@does-not-exist"_s ? dir.filePath(u"does-not-exist"_s) : fixture(dir, a.mid(1));
    }
    const Run r = scan(args);
    QVERIFY2(r.exitCode == expected, qPrintable(u"exit %1, stderr: %2"_s.arg(r.exitCode).arg(r.err)));
    if (expected == 2) {
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.err.trimmed().isEmpty()); // a usage error always says what is wrong
    }
    if (args.contains(u"--quiet"_s))
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
}

void TestCli::stdoutStaysPureWithErrors()
{
    QTemporaryDir dir;
    const QString root = fixture(dir, u"go-tarball"_s);
    QFile binary(root + u"/tools/Dockerfile"_s);
    QVERIFY(QDir().mkpath(root + u"/tools"_s));
    QVERIFY(binary.open(QIODevice::WriteOnly));
    binary.write(QByteArray("FROM x\n\0\0\0\x01\x02", 12));
    binary.close();
    const Run r = scan({u"--format"_s, u"json"_s, root});
    QCOMPARE(r.exitCode, 1); // an unreadable file is reported and skipped, it does not fail the run
    const QJsonObject report = json(r.out);
    QVERIFY2(!report.isEmpty(), r.out.constData());
    const QJsonArray errors = report.value(u"errors"_s).toArray();
    QVERIFY(!errors.isEmpty());
    QCOMPARE(errors.at(0).toObject().value(u"file"_s).toString(), u"tools/Dockerfile"_s);
    QVERIFY(rulesIn(report).contains(u"ARM201"_s));
    QVERIFY2(r.err.contains(u"tools/Dockerfile: error: "_s), qPrintable(r.err));
}

void TestCli::outputFile()
{
    QTemporaryDir dir;
    const QString root = fixture(dir, u"go-tarball"_s);
    const QString out = dir.filePath(u"report.json"_s);
    const Run r = scan({u"--format"_s, u"json"_s, u"--output"_s, out, root});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY(rulesIn(json(readBytes(out))).contains(u"ARM201"_s));
    const Run bad = scan({u"--output"_s, dir.filePath(u"no/such/dir/report.txt"_s), root});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains(u"report.txt"_s));
}

void TestCli::fixRewritesAndPrintsDiff()
{
    QTemporaryDir dir;
    const QString root = fixture(dir, u"go-tarball"_s);
    const QByteArray before = readBytes(root + u"/Dockerfile"_s);
    const Run r = scan({u"--fix"_s, root});
    const QString diff = QString::fromUtf8(r.out);
    QVERIFY2(diff.startsWith(u"--- a/Dockerfile\n+++ b/Dockerfile\n@@ -"_s), qPrintable(diff + r.err));
    QVERIFY(diff.contains(u"\n-RUN wget https://go.dev/dl/go1.20.2.linux-amd64.tar.gz \\\n"_s));
    QVERIFY(diff.contains(u"\n+RUN wget https://go.dev/dl/go1.20.2.linux-${TARGETARCH}.tar.gz \\\n"_s));
    QVERIFY(diff.contains(u"\n+ARG TARGETARCH\n"_s));
    const QByteArray after = readBytes(root + u"/Dockerfile"_s);
    QVERIFY(after != before);
    QVERIFY(!after.contains("linux-amd64"));
    QCOMPARE(after.count("ARG TARGETARCH"), 1);

    // The printed diff is exactly the change: applied in reverse it gives the original back.
    QProcess git;
    git.setWorkingDirectory(root);
    git.start(u"git"_s, {u"apply"_s, u"-R"_s, u"-"_s});
    QVERIFY(git.waitForStarted());
    git.write(r.out);
    git.closeWriteChannel();
    QVERIFY(git.waitForFinished());
    QCOMPARE(git.exitCode(), 0);
    QCOMPARE(readBytes(root + u"/Dockerfile"_s), before);

    // Fix again, then a second scan is clean for that rule and a second --fix changes nothing.
    QVERIFY(scan({u"--fix"_s, u"--quiet"_s, root}).out.startsWith("--- a/Dockerfile"));
    const Run rescan = scan({u"--format"_s, u"json"_s, root});
    QVERIFY(!rulesIn(json(rescan.out)).contains(u"ARM201"_s));
    const Run again = scan({u"--fix"_s, root});
    QVERIFY2(again.out.isEmpty(), again.out.constData());
}

void TestCli::fixWithOutputReportsWhatRemains()
{
    QTemporaryDir dir;
    const QString root = fixture(dir, u"go-tarball"_s);
    const QString report = dir.filePath(u"after.json"_s);
    const Run r = scan({u"--fix"_s, u"--format"_s, u"json"_s, u"--output"_s, report, root});
    QVERIFY(r.out.startsWith("--- a/Dockerfile")); // stdout is the diff, not the report
    const QJsonObject after = json(readBytes(report));
    QVERIFY(after.contains(u"findings"_s));
    QVERIFY(!rulesIn(after).contains(u"ARM201"_s));
    QCOMPARE(r.exitCode, rulesIn(after).isEmpty() ? 0 : 1);
}

// ARM701's pin edits package.json, never package-lock.json (its entries carry the old release's
// URL and integrity hash): --fix says to run npm install, and the next scan reports the stale
// lockfile without offering the same edit again.
void TestCli::fixLeavesNpmLockfileAndSaysSo()
{
    QTemporaryDir dir;
    const QString root = fixture(dir, u"npm-lockfile"_s);
    const QByteArray lock = readBytes(root + u"/package-lock.json"_s);
    const Run r = scan({u"--fix"_s, root});
    QVERIFY2(r.out.startsWith("--- a/package.json\n"), r.out.constData());
    QVERIFY(r.out.contains("+    \"sqlite3\": \"~5.0.3\""));
    QVERIFY(!r.out.contains("package-lock.json"));
    QCOMPARE(readBytes(root + u"/package-lock.json"_s), lock);
    QVERIFY2(r.err.contains(u"package.json:5: note: Run “npm install” to update package-lock.json"_s), qPrintable(r.err));

    const Run rescan = scan({u"--format"_s, u"json"_s, u"--fail-on"_s, u"never"_s, root});
    const QJsonArray findings = json(rescan.out).value(u"findings"_s).toArray();
    QCOMPARE(findings.size(), 1);
    const QJsonObject f = findings.first().toObject();
    QCOMPARE(f.value(u"rule"_s).toString(), u"ARM701"_s);
    QVERIFY2(f.value(u"message"_s).toString().contains(u"package-lock.json still pins 5.0.2"_s),
             qPrintable(f.value(u"message"_s).toString()));
    QVERIFY(f.value(u"fixes"_s).toArray().isEmpty());
    QVERIFY2(rescan.err.contains(u"0 fixable"_s), qPrintable(rescan.err));
}

void TestCli::unreadableRoot()
{
    if (::geteuid() == 0)
        QSKIP("root reads every folder; permissions cannot make it unreadable");
    QTemporaryDir dir;
    const QString root = fixture(dir, u"go-tarball"_s);
    QVERIFY(QFile::setPermissions(root, QFileDevice::Permissions()));
    const Run r = scan({root});
    QFile::setPermissions(root, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(root), qPrintable(r.err));
}

void TestCli::explainAndListRules()
{
    const Run explain = scan({u"--explain"_s, u"ARM201"_s});
    QCOMPARE(explain.exitCode, 0);
    QVERIFY(explain.out.startsWith("# ARM201"));
    QVERIFY(explain.out.contains("TARGETARCH"));
    const Run lower = scan({u"--explain"_s, u"arm201"_s});
    QCOMPARE(lower.out, explain.out);
    const Run unknown = scan({u"--explain"_s, u"ARM000"_s});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.out.isEmpty());
    QVERIFY(unknown.err.contains(u"ARM000"_s));

    const Run list = scan({u"--list-rules"_s});
    QCOMPARE(list.exitCode, 0);
    const QStringList lines = QString::fromUtf8(list.out).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(std::any_of(lines.cbegin(), lines.cend(), [](const QString &l) { return l.startsWith(u"ARM201  error"_s); }));
    for (const QString &l : lines)
        QVERIFY2(QRegularExpression(u"^ARM\\d{3}  (error|warning|info) +\\S"_s).match(l).hasMatch(), qPrintable(l));
    const QJsonArray rules = QJsonDocument::fromJson(scan({u"--list-rules"_s, u"--format=json"_s}).out).array();
    QCOMPARE(rules.size(), lines.size());
    QVERIFY(std::any_of(rules.cbegin(), rules.cend(), [](const QJsonValue &v) {
        return v.toObject().value(u"id"_s) == u"ARM201"_s && v.toObject().value(u"severity"_s) == u"error"_s;
    }));
}

void TestCli::versionAndOnline()
{
    const Run version = scan({u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out, QByteArray("armlift-scan " ARMLIFT_VERSION "\n"));
    const Run help = scan({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("--fail-on"));

    QTemporaryDir dir;
    const Run online = scan({u"--online"_s, u"--format"_s, u"json"_s, fixture(dir, u"go-tarball"_s)});
    QCOMPARE(online.exitCode, 1);
    QVERIFY(online.err.contains(u"online"_s));
    QVERIFY(rulesIn(json(online.out)).contains(u"ARM201"_s));
}

void TestCli::severalRoots()
{
    QTemporaryDir dir;
    QVERIFY(!fixture(dir, u"go-tarball"_s, u"a"_s).isEmpty());
    QVERIFY(!fixture(dir, u"go-tarball"_s, u"b"_s).isEmpty());
    QVERIFY(!fixture(dir, u"clean"_s, u"c"_s).isEmpty());
    const Run r = scan({u"--format"_s, u"json"_s, u"a"_s, u"./b/"_s, u"c"_s}, dir.path());
    QCOMPARE(r.exitCode, 1);
    const QJsonObject report = json(r.out);
    QStringList files;
    for (const QJsonValue &f : report.value(u"findings"_s).toArray()) {
        if (f.toObject().value(u"rule"_s) == u"ARM201"_s) {
            files << f.toObject().value(u"file"_s).toString();
            for (const QJsonValue &e : f.toObject().value(u"fixes"_s).toArray().at(0).toObject().value(u"edits"_s).toArray())
                QCOMPARE(e.toObject().value(u"file"_s).toString(), files.last());
        }
    }
    files.removeDuplicates();
    QCOMPARE(files, (QStringList{u"a/Dockerfile"_s, u"b/Dockerfile"_s}));
    QStringList scanned;
    for (const QJsonValue &f : report.value(u"files"_s).toArray())
        scanned << f.toObject().value(u"path"_s).toString();
    QVERIFY(scanned.contains(u"c/Dockerfile"_s));
    QVERIFY2(r.err.contains(u"3 files, "_s), qPrintable(r.err));

    const Run fix = scan({u"--fix"_s, u"a"_s, u"b"_s}, dir.path());
    QVERIFY(fix.out.contains("--- a/a/Dockerfile\n+++ b/a/Dockerfile\n"));
    QVERIFY(fix.out.contains("--- a/b/Dockerfile\n+++ b/b/Dockerfile\n"));
}

void TestCli::singleDockerfileAsRoot()
{
    QTemporaryDir dir;
    const QString root = fixture(dir, u"go-tarball"_s);
    const Run r = scan({root + u"/Dockerfile"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.startsWith("Dockerfile:3:"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
