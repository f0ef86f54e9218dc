// The build-log doctor over every signature's test log (tests/data/buildlogs/<id>[.variant].log):
// BuildKit plain and tty, the classic builder and buildah, with and without the Dockerfile at
// hand. Each log must give exactly one finding with the expected rule, file and line.
#include "buildlog/BuildLog.h"
#include "buildlog/BuildLogDoctor.h"
#include "kb/KnowledgeBase.h"
#include "rules/RuleRegistry.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Armlift;
using namespace Qt::StringLiterals;

namespace {

const QString Logs = QStringLiteral(ARMLIFT_TEST_DATA "/buildlogs");

QString readLog(const QString &name)
{
    QFile f(Logs + u'/' + name);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QString project(const QString &name)
{
    return name.isEmpty() ? QString() : Logs + u"/projects/"_s + name;
}

struct Case
{
    const char *log;
    const char *project;
    const char *rule;
    const char *file;   // "@" = the log itself
    int line;
};

// Every log under tests/data/buildlogs; allLogsCovered() keeps this table complete.
const Case Cases[] = {
    {"exec-format-error.log", "platform-pinned", "ARM101", "Dockerfile", 1},
    {"exec-format-error.log", "", "ARM102", "Dockerfile", 3},
    {"exec-format-error.talk.log", "", "ARM102", "@", 12},
    // FROM scratch has no platform: the COPY of the program, or its build stage, is the cause.
    {"exec-format-error.scratch.log", "scratch-context", "ARM601", "Dockerfile", 6},
    {"exec-format-error.scratch-stage.log", "scratch-copy", "ARM401", "Dockerfile", 4},
    {"exec-format-error.classic.log", "go-tarball", "ARM201", "Dockerfile", 3},
    {"exec-format-error.classic.log", "", "ARM201", "@", 23},
    {"x86-binary.log", "kubectl", "ARM202", "Dockerfile", 3},
    {"x86-binary.loader.log", "protoc", "ARM202", "Dockerfile", 3},
    {"no-matching-manifest.log", "mssql", "ARM102", "Dockerfile", 1},
    {"no-matching-manifest.log", "", "ARM102", "Dockerfile", 1},
    {"no-matching-manifest.classic.log", "mssql", "ARM102", "Dockerfile", 1},
    {"no-matching-distribution.log", "case3", "ARM304", "Dockerfile", 5},
    {"no-matching-distribution.log", "", "ARM304", "Dockerfile", 3},
    {"no-matching-distribution.classic.log", "case3", "ARM304", "Dockerfile", 5},
    {"sdist-build-failed.log", "case2", "ARM301", "Dockerfile", 8},
    {"sdist-build-failed.log", "", "ARM301", "Dockerfile", 8},
    {"sdist-build-failed.talk.log", "", "ARM301", "@", 11},
    {"aarch64-gcc-missing.log", "case4", "ARM303", "Dockerfile", 5},
    {"aarch64-gcc-missing.classic.log", "", "ARM303", "@", 21},
    {"librdkafka-version.log", "kafka-with-compiler", "ARM303", "Dockerfile", 5},
    {"librdkafka-version.log", "", "ARM303", "Dockerfile", 3},
    {"go-amd64-assembly.log", "case5", "ARM401", "Dockerfile", 12},
    {"go-amd64-assembly.buildah.log", "case5", "ARM401", "Dockerfile", 12},
    {"x86-compiler-flag.log", "avx-cflags", "ARM501", "Dockerfile", 3},
    {"x86-compiler-flag.classic.log", "", "ARM501", "@", 13},
    {"x86-intrinsics-header.log", "", "ARM501", "build/Dockerfile", 9},
    {"cipd-no-arm64.log", "emsdk", "ARM601", "Dockerfile", 11},
    {"module-not-found.log", "tvm-unpinned", "ARM304", "Dockerfile", 7},
    {"qemu-signal.log", "emulated", "ARM101", "Dockerfile", 1},
    {"illegal-instruction.log", "", "ARM501", "@", 12},
};

} // namespace

class TestBuildLogDoctor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signaturesLoad();
    void everySignatureHasALog();
    void allLogsCovered();
    void diagnose_data();
    void diagnose();
    void fixesComeFromTheDockerfileRules();
    void formats_data();
    void formats();
    void colouredTtyOutput();
    void unknownLog();
    void successfulBuildIsQuiet();
    void packageRules();
    void messagesNameThePackage();
    void scratchStageBlamesTheCopy();
};

void TestBuildLogDoctor::signaturesLoad()
{
    QString error;
    const BuildLogSignatures s = BuildLogSignatures::fromKnowledgeBase(KnowledgeBase::bundled(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(s.signatures().size() >= 14);
    const QJsonObject section = KnowledgeBase::bundled().section(u"buildlog"_s);
    for (const QJsonValue &v : section.value(u"signatures").toArray())
        QVERIFY2(!v.toObject().value(u"source").toString().isEmpty(), qPrintable(v.toObject().value(u"id").toString()));
    for (const BuildLogSignature &sig : s.signatures()) {
        for (const QString &rule : sig.rules + QStringList{sig.fallback})
            QVERIFY2(RuleRegistry::bundled().rule(rule), qPrintable(sig.id + u": "_s + rule));
    }
}

void TestBuildLogDoctor::everySignatureHasALog()
{
    const BuildLogDoctor doctor;
    QSet<QString> explained;
    for (const Case &c : Cases) {
        const BuildLogDiagnosis d = doctor.diagnose(readLog(QString::fromLatin1(c.log)), QString::fromLatin1(c.log),
                                                    project(QString::fromLatin1(c.project)));
        for (const QString &id : d.signatures)
            explained.insert(id);
    }
    for (const BuildLogSignature &sig : doctor.signatures().signatures()) {
        QVERIFY2(QFile::exists(Logs + u'/' + sig.id + u".log"_s), qPrintable(sig.id));
        // The signature's own log is explained by that signature (a generic one may be
        // outranked in other logs, never in its own).
        const BuildLogDiagnosis d = doctor.diagnose(readLog(sig.id + u".log"_s), sig.id + u".log"_s);
        QVERIFY2(d.signatures.contains(sig.id), qPrintable(sig.id + u" got "_s + d.signatures.join(u',')));
        QVERIFY2(explained.contains(sig.id), qPrintable(sig.id));
    }
}

void TestBuildLogDoctor::allLogsCovered()
{
    QSet<QString> listed;
    for (const Case &c : Cases)
        listed.insert(QString::fromLatin1(c.log));
    const QStringList logs = QDir(Logs).entryList({u"*.log"_s}, QDir::Files);
    QVERIFY(!logs.isEmpty());
    for (const QString &log : logs)
        QVERIFY2(listed.contains(log), qPrintable(log + u" has no expectation in Cases"_s));
}

void TestBuildLogDoctor::diagnose_data()
{
    QTest::addColumn<QString>("log");
    QTest::addColumn<QString>("projectName");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    for (const Case &c : Cases) {
        const QString name = QString::fromLatin1(c.log) + u" / "_s
            + (*c.project ? QString::fromLatin1(c.project) : u"log only"_s);
        QTest::newRow(qPrintable(name)) << QString::fromLatin1(c.log) << QString::fromLatin1(c.project)
                                        << QString::fromLatin1(c.rule) << QString::fromLatin1(c.file) << c.line;
    }
}

void TestBuildLogDoctor::diagnose()
{
    QFETCH(QString, log);
    QFETCH(QString, projectName);
    QFETCH(QString, rule);
    QFETCH(QString, file);
    QFETCH(int, line);
    const QString text = readLog(log);
    QVERIFY(!text.isEmpty());
    const BuildLogDiagnosis d = BuildLogDoctor().diagnose(text, log, project(projectName));
    QStringList got;
    for (const Finding &f : d.findings)
        got.append(f.ruleId + u' ' + f.file + u':' + QString::number(f.range.line));
    QVERIFY2(d.findings.size() == 1, qPrintable(got.join(u"; "_s)));
    const Finding &f = d.findings.first();
    QCOMPARE(f.ruleId, rule);
    QCOMPARE(f.file, file == u"@" ? log : file);
    QCOMPARE(f.range.line, line);
    QCOMPARE(f.source, u"build-log"_s);
    QVERIFY(f.range.column >= 1);
    QVERIFY(f.message.contains(u"build log line"_s));
    QVERIFY(!f.help.isEmpty());
    QCOMPARE(f.severity, RuleRegistry::bundled().rule(rule)->info().severity);
    QVERIFY(!f.message.contains(u"%{"_s));
    QVERIFY(!f.help.contains(u"%{"_s));
}

void TestBuildLogDoctor::fixesComeFromTheDockerfileRules()
{
    const BuildLogDoctor doctor;
    const BuildLogDiagnosis pinned = doctor.diagnose(readLog(u"exec-format-error.log"_s), u"b.log"_s, project(u"platform-pinned"_s));
    QCOMPARE(pinned.findings.size(), 1);
    QVERIFY(!pinned.findings.first().fixes.isEmpty());
    QCOMPARE(pinned.findings.first().fixes.first().edits.first().file, u"Dockerfile"_s);
    QCOMPARE(pinned.findings.first().fixes.first().edits.first().range.line, 1);

    const BuildLogDiagnosis go = doctor.diagnose(readLog(u"go-amd64-assembly.log"_s), u"b.log"_s, project(u"case5"_s));
    QCOMPARE(go.findings.size(), 1);
    QVERIFY(!go.findings.first().fixes.isEmpty());
    bool purego = false;
    for (const Fix &fix : go.findings.first().fixes) {
        for (const TextEdit &e : fix.edits)
            purego = purego || e.newText.contains(u"purego"_s);
    }
    QVERIFY(purego);

    // No Dockerfile, no fix: the log alone cannot say what to edit.
    const BuildLogDiagnosis alone = doctor.diagnose(readLog(u"go-amd64-assembly.log"_s), u"b.log"_s);
    QCOMPARE(alone.findings.size(), 1);
    QVERIFY(alone.findings.first().fixes.isEmpty());
    QCOMPARE(alone.findings.first().file, u"b.log"_s);
}

void TestBuildLogDoctor::formats_data()
{
    QTest::addColumn<QString>("log");
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("failedCommand");
    QTest::newRow("plain") << u"sdist-build-failed.log"_s << int(BuildLog::Format::BuildKitPlain) << u"pip install numpy==1.18.5"_s;
    QTest::newRow("tty") << u"librdkafka-version.log"_s << int(BuildLog::Format::BuildKitTty)
                         << u"pip install confluent-kafka==2.0.2"_s;
    QTest::newRow("classic") << u"illegal-instruction.log"_s << int(BuildLog::Format::Classic) << u"python /app/warmup.py"_s;
    QTest::newRow("buildah") << u"go-amd64-assembly.buildah.log"_s << int(BuildLog::Format::Buildah) << u"go test -tags amd64 -v ./"_s;
}

void TestBuildLogDoctor::formats()
{
    QFETCH(QString, log);
    QFETCH(int, format);
    QFETCH(QString, failedCommand);
    const BuildLog parsed = BuildLog::parse(readLog(log));
    QCOMPARE(int(parsed.format()), format);
    QVERIFY(parsed.failedStep() >= 0);
    const BuildLogStep &step = parsed.steps().at(parsed.failedStep());
    QVERIFY(step.failed);
    QCOMPARE(step.keyword, u"RUN"_s);
    QVERIFY2(step.command.endsWith(failedCommand), qPrintable(step.command));
    QVERIFY2(parsed.failedCommand().endsWith(failedCommand), qPrintable(parsed.failedCommand()));
}

void TestBuildLogDoctor::colouredTtyOutput()
{
    // What a terminal session saved with `script` looks like: colours and carriage returns.
    const QString log = u"\x1b[1A\x1b[0G\x1b[?25l[+] Building 3.1s (6/7)\r\n"
                        u" \x1b[31m=> ERROR [3/3] RUN pip install numpy==1.18.5\x1b[0m    2.9s\r\n"
                        u"------\r\n"
                        u" > [3/3] RUN pip install numpy==1.18.5:\r\n"
                        u"\x1b[31m2.412 ERROR: No matching distribution found for numpy==1.18.5\x1b[0m\r\n"
                        u"------\r\n"_s;
    const BuildLogDiagnosis d = BuildLogDoctor().diagnose(log, u"tty.log"_s);
    QCOMPARE(d.format, BuildLog::Format::BuildKitTty);
    QCOMPARE(d.findings.size(), 1);
    QCOMPARE(d.findings.first().ruleId, u"ARM301"_s);
    QVERIFY(d.findings.first().message.contains(u"numpy==1.18.5"_s));
}

void TestBuildLogDoctor::unknownLog()
{
    const QString log = u"#7 [3/3] RUN make\n#7 0.51 make: *** No rule to make target 'all'.  Stop.\n"
                        u"#7 ERROR: process \"/bin/sh -c make\" did not complete successfully: exit code: 2\n"
                        u"ERROR: failed to solve: process \"/bin/sh -c make\" did not complete successfully: exit code: 2\n"_s;
    const BuildLogDiagnosis d = BuildLogDoctor().diagnose(log, u"other.log"_s);
    QVERIFY(!d.recognised());
    QVERIFY(d.findings.isEmpty());
    QVERIFY(!d.lastErrorLines.isEmpty());
    QVERIFY(d.lastErrorLines.last().startsWith(u"ERROR: failed to solve"_s));
    QVERIFY(d.lastErrorLines.join(u'\n').contains(u"No rule to make target"_s));
}

void TestBuildLogDoctor::successfulBuildIsQuiet()
{
    // Words of the signatures quoted in a Dockerfile excerpt or a step name are not failures.
    const QString log = u"#5 [2/2] RUN echo 'exec format error' > /tmp/note && gcc -mcpu=neoverse-n1 -c x.c\n"
                        u"#5 DONE 0.4s\n#6 exporting to image\n#6 DONE 0.1s\n"_s;
    const BuildLogDiagnosis d = BuildLogDoctor().diagnose(log, u"ok.log"_s);
    QVERIFY(d.findings.isEmpty());
}

void TestBuildLogDoctor::packageRules()
{
    const BuildLogDoctor doctor;
    const BuildLogSignatures &s = doctor.signatures();
    QCOMPARE(s.ruleForPackage(u"Apache_TVM"_s), u"ARM304"_s);
    QCOMPARE(s.ruleForPackage(u"confluent_kafka"_s), u"ARM303"_s);
    QCOMPARE(s.ruleForPackage(u"mysqlclient"_s), u"ARM302"_s);
    QCOMPARE(s.ruleForPackage(u"tensorflow-gpu"_s), u"ARM305"_s);
    QCOMPARE(s.ruleForPackage(u"numpy"_s), u"ARM301"_s);
    QCOMPARE(s.packageOfModule(u"tvm.relay"_s), u"apache-tvm"_s);
    QCOMPARE(s.packageOfModule(u"typing_extensions"_s), u"typing-extensions"_s);
}

void TestBuildLogDoctor::messagesNameThePackage()
{
    const BuildLogDoctor doctor;
    // The version comes from pip's own lines when the matched line does not carry it.
    const BuildLogDiagnosis numpy = doctor.diagnose(readLog(u"sdist-build-failed.log"_s), u"b.log"_s);
    QCOMPARE(numpy.findings.size(), 1);
    QVERIFY2(numpy.findings.first().message.contains(u"numpy==1.18.5"_s), qPrintable(numpy.findings.first().message));
    const BuildLogDiagnosis kafka = doctor.diagnose(readLog(u"aarch64-gcc-missing.log"_s), u"b.log"_s);
    QVERIFY(kafka.findings.first().message.contains(u"confluent-kafka"_s));
    QVERIFY(kafka.findings.first().message.contains(u"aarch64-linux-gnu-gcc"_s));
    const BuildLogDiagnosis tvm = doctor.diagnose(readLog(u"no-matching-distribution.log"_s), u"b.log"_s);
    QVERIFY(tvm.findings.first().message.contains(u"apache-tvm==0.9.0"_s));
}

// exec format error in a FROM scratch stage: never ARM102 at `FROM scratch`.
void TestBuildLogDoctor::scratchStageBlamesTheCopy()
{
    const BuildLogDoctor doctor;
    const BuildLogDiagnosis context = doctor.diagnose(readLog(u"exec-format-error.scratch.log"_s), u"b.log"_s,
                                                      project(u"scratch-context"_s));
    QCOMPARE(context.findings.size(), 1);
    const Finding &copy = context.findings.first();
    QCOMPARE(copy.range.line, 6); // COPY bin/server /server, not FROM scratch (line 3)
    QVERIFY2(copy.message.contains(u"FROM scratch stage"_s) && copy.message.contains(u"/server is copied in from bin/server"_s),
             qPrintable(copy.message));
    QVERIFY(!copy.help.contains(u"FROM --platform"_s));

    // Copied from a stage: that stage's own finding (GOARCH=amd64), with its fix.
    const BuildLogDiagnosis stage = doctor.diagnose(readLog(u"exec-format-error.scratch-stage.log"_s), u"b.log"_s,
                                                    project(u"scratch-copy"_s));
    QCOMPARE(stage.findings.size(), 1);
    const Finding &go = stage.findings.first();
    QCOMPARE(go.ruleId, u"ARM401"_s);
    QCOMPARE(go.range.line, 4);
    QVERIFY2(go.message.contains(u"copied from stage build"_s), qPrintable(go.message));
    QVERIFY(!go.fixes.isEmpty());
    QVERIFY(go.help.contains(u"GOARCH=amd64"_s));

    // A scratch stage without any COPY gives the old answer (nothing better is known).
    QTemporaryDir dir;
    QFile df(dir.filePath(u"Dockerfile"_s));
    QVERIFY(df.open(QIODevice::WriteOnly));
    df.write("FROM --platform=linux/amd64 python:3.11-slim\nWORKDIR /app\nRUN pip install --no-cache-dir flask==3.0.2\n");
    df.close();
    const BuildLogDiagnosis image = doctor.diagnose(readLog(u"exec-format-error.log"_s), u"b.log"_s, dir.path());
    QCOMPARE(image.findings.size(), 1);
    QCOMPARE(image.findings.first().ruleId, u"ARM101"_s);
}

QTEST_GUILESS_MAIN(TestBuildLogDoctor)
#include "tst_buildlogdoctor.moc"
