// The real armlift-scan binary with --build-log: formats, the stdout/stderr split, exit codes,
// the Dockerfile given as PATH, standard input, and an unknown log.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString Binary = QStringLiteral(ARMLIFT_BIN_DIR "/armlift-scan");
const QString Logs = QStringLiteral(ARMLIFT_TEST_DATA "/buildlogs");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run scan(const QStringList &args, const QByteArray &input = {}, const QString &cwd = {})
{
    QProcess p;
    if (!cwd.isEmpty())
        p.setWorkingDirectory(cwd);
    p.start(Binary, args);
    if (!p.waitForStarted(10000))
        return {-1, {}, u"armlift-scan did not start: "_s + p.errorString()};
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
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

QJsonObject json(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    return error.error == QJsonParseError::NoError ? doc.object() : QJsonObject();
}

// A scratch copy of a test project, so the test never depends on the tracked folder's state.
QString copyProject(const QTemporaryDir &dir, const QString &name)
{
    const QString target = dir.filePath(name);
    QDir().mkpath(target);
    return QFile::copy(Logs + u"/projects/"_s + name + u"/Dockerfile"_s, target + u"/Dockerfile"_s) ? target : QString();
}

} // namespace

class TestCliBuildLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void jsonWithProject();
    void textPointsAtTheDockerfileLine();
    void dockerfileAsPath();
    void logOnly();
    void standardInput();
    void sarifCarriesTheSource();
    void unknownLog();
    void usageErrors();
};

void TestCliBuildLog::initTestCase()
{
    QVERIFY2(QFile::exists(Binary), qPrintable(Binary + u" is missing; build the armlift-scan target"_s));
}

void TestCliBuildLog::jsonWithProject()
{
    QTemporaryDir dir;
    const QString project = copyProject(dir, u"case2"_s);
    QVERIFY(!project.isEmpty());
    const Run r = scan({u"--build-log"_s, Logs + u"/sdist-build-failed.log"_s, u"--format"_s, u"json"_s, project});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject report = json(r.out);
    QVERIFY2(!report.isEmpty(), r.out.constData());
    const QJsonArray findings = report.value(u"findings"_s).toArray();
    QCOMPARE(findings.size(), 1);
    const QJsonObject f = findings.at(0).toObject();
    QCOMPARE(f.value(u"rule"_s).toString(), u"ARM301"_s);
    QCOMPARE(f.value(u"source"_s).toString(), u"build-log"_s);
    QCOMPARE(f.value(u"file"_s).toString(), u"Dockerfile"_s);
    QCOMPARE(f.value(u"line"_s).toInt(), 8);
    QCOMPARE(f.value(u"severity"_s).toString(), u"error"_s);
    QVERIFY(!f.value(u"fixes"_s).toArray().isEmpty()); // the ARM301 rule's fixes for that line
    QCOMPARE(QDir(report.value(u"root"_s).toString()), QDir(project));
    QVERIFY(r.err.contains(u"1 problems"_s) || r.err.contains(u"1 problem"_s));
}

void TestCliBuildLog::textPointsAtTheDockerfileLine()
{
    QTemporaryDir dir;
    const QString project = copyProject(dir, u"case5"_s);
    const Run r = scan({u"--build-log"_s, Logs + u"/go-amd64-assembly.log"_s, project});
    QCOMPARE(r.exitCode, 1);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.startsWith(u"Dockerfile:12:"_s), qPrintable(out));
    QVERIFY(out.trimmed().endsWith(u"[ARM401]"_s));
    QCOMPARE(out.count(u'\n'), 1);
}

void TestCliBuildLog::dockerfileAsPath()
{
    QTemporaryDir dir;
    const QString project = copyProject(dir, u"platform-pinned"_s);
    const Run r = scan({u"--build-log"_s, Logs + u"/exec-format-error.log"_s, u"-f"_s, u"json"_s,
                        project + u"/Dockerfile"_s});
    QCOMPARE(r.exitCode, 0); // ARM101 is a warning: below the default --fail-on error
    const Run strict = scan({u"--build-log"_s, Logs + u"/exec-format-error.log"_s, u"--fail-on"_s, u"warning"_s,
                             project + u"/Dockerfile"_s});
    QCOMPARE(strict.exitCode, 1);
    const QJsonObject f = json(r.out).value(u"findings"_s).toArray().at(0).toObject();
    QCOMPARE(f.value(u"rule"_s).toString(), u"ARM101"_s);
    QCOMPARE(f.value(u"line"_s).toInt(), 1);
    QCOMPARE(f.value(u"file"_s).toString(), u"Dockerfile"_s);
}

void TestCliBuildLog::logOnly()
{
    // Without PATH the finding points into the log, named as the user gave it.
    const Run r = scan({u"--build-log"_s, u"sdist-build-failed.talk.log"_s, u"-f"_s, u"json"_s}, {}, Logs);
    QCOMPARE(r.exitCode, 1);
    const QJsonObject f = json(r.out).value(u"findings"_s).toArray().at(0).toObject();
    QCOMPARE(f.value(u"rule"_s).toString(), u"ARM301"_s);
    QCOMPARE(f.value(u"file"_s).toString(), u"sdist-build-failed.talk.log"_s);
    QCOMPARE(f.value(u"line"_s).toInt(), 11);
}

void TestCliBuildLog::standardInput()
{
    QFile log(Logs + u"/no-matching-distribution.log"_s);
    QVERIFY(log.open(QIODevice::ReadOnly));
    const Run r = scan({u"--build-log"_s, u"-"_s, u"--format"_s, u"json"_s, u"--fail-on"_s, u"never"_s}, log.readAll());
    QCOMPARE(r.exitCode, 0);
    const QJsonArray findings = json(r.out).value(u"findings"_s).toArray();
    QCOMPARE(findings.size(), 1);
    QCOMPARE(findings.at(0).toObject().value(u"rule"_s).toString(), u"ARM304"_s);
    QCOMPARE(findings.at(0).toObject().value(u"line"_s).toInt(), 3); // from the Dockerfile:3 excerpt
}

void TestCliBuildLog::sarifCarriesTheSource()
{
    const Run r = scan({u"--build-log"_s, Logs + u"/no-matching-manifest.log"_s, u"--format"_s, u"sarif"_s});
    QCOMPARE(r.exitCode, 1);
    const QJsonObject run = json(r.out).value(u"runs"_s).toArray().at(0).toObject();
    const QJsonObject result = run.value(u"results"_s).toArray().at(0).toObject();
    QCOMPARE(result.value(u"ruleId"_s).toString(), u"ARM102"_s);
    QCOMPARE(result.value(u"properties"_s).toObject().value(u"source"_s).toString(), u"build-log"_s);
}

void TestCliBuildLog::unknownLog()
{
    QTemporaryDir dir;
    QFile log(dir.filePath(u"other.log"_s));
    QVERIFY(log.open(QIODevice::WriteOnly));
    log.write("#7 [3/3] RUN make\n#7 0.51 make: *** No rule to make target 'all'.  Stop.\n"
              "ERROR: failed to solve: process \"/bin/sh -c make\" did not complete successfully: exit code: 2\n");
    log.close();
    const Run r = scan({u"--build-log"_s, log.fileName(), u"--format"_s, u"json"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(json(r.out).value(u"findings"_s).toArray().isEmpty());
    QVERIFY2(r.err.contains(u"no known arm64 failure"_s), qPrintable(r.err));
    QVERIFY(r.err.contains(u"No rule to make target"_s));
    QVERIFY(r.err.contains(u"ERROR: failed to solve"_s));
}

void TestCliBuildLog::usageErrors()
{
    const Run missing = scan({u"--build-log"_s, u"/nonexistent/build.log"_s});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains(u"/nonexistent/build.log"_s));
    QVERIFY(missing.out.isEmpty());

    const Run twoPaths = scan({u"--build-log"_s, Logs + u"/x86-binary.log"_s, u"a"_s, u"b"_s});
    QCOMPARE(twoPaths.exitCode, 2);
    QVERIFY(twoPaths.err.contains(u"at most one PATH"_s));

    const Run withFix = scan({u"--build-log"_s, Logs + u"/x86-binary.log"_s, u"--fix"_s, Logs});
    QCOMPARE(withFix.exitCode, 2);

    const Run badRoot = scan({u"--build-log"_s, Logs + u"/x86-binary.log"_s, u"/nonexistent/project"_s});
    QCOMPARE(badRoot.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCliBuildLog)
#include "tst_cli_buildlog.moc"
