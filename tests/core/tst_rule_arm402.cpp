#include "RuleHarness.h"

#include "rules/golang/OldGoVersionRule.h"

#include <QRegularExpression>

using namespace Armlift;
using namespace Armlift::Internal;
using namespace Qt::StringLiterals;

class TestRuleArm402 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findings_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QString>("dockerfile");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("file");
        QTest::addColumn<SourceRange>("range");
        QTest::addColumn<QString>("fixed"); // the finding's file after the first fix
        const QString df = u"Dockerfile"_s;

        QTest::newRow("tarball, both occurrences")
            << QStringList{df, u"FROM ubuntu:20.04\nRUN wget https://go.dev/dl/go1.16.5.linux-amd64.tar.gz && "
                               "tar -C /usr/local -xzf go1.16.5.linux-amd64.tar.gz\n"_s}
            << df << 1 << df << range(2, 30, 2, 36)
            << u"FROM ubuntu:20.04\nRUN wget https://go.dev/dl/go1.18.linux-amd64.tar.gz && "
               "tar -C /usr/local -xzf go1.18.linux-amd64.tar.gz\n"_s;
        QTest::newRow("FROM golang alpine") << QStringList{df, u"FROM golang:1.16-alpine AS build\nRUN go build ./...\n"_s} << df << 1
                                            << df << range(1, 13, 1, 17)
                                            << u"FROM golang:1.18-alpine AS build\nRUN go build ./...\n"_s;
        QTest::newRow("FROM golang stretch") << QStringList{df, u"FROM golang:1.15.7-stretch\n"_s} << df << 1 << df
                                             << range(1, 13, 1, 19) << u"FROM golang:1.18\n"_s;
        QTest::newRow("go.mod next to the Dockerfile")
            << QStringList{u"svc/Dockerfile"_s, u"FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y golang-go\n"
                                                  "COPY go.mod go.sum ./\nRUN go build ./...\n"_s,
                           u"svc/go.mod"_s, u"module example.com/svc\n\ngo 1.16\n"_s}
            << u"svc/Dockerfile"_s << 1 << u"svc/go.mod"_s << range(3, 4, 3, 8) << u"module example.com/svc\n\ngo 1.18\n"_s;

        QTest::newRow("tarball in ADD")
            << QStringList{df, u"FROM debian:bullseye\nADD https://dl.google.com/go/go1.16.15.linux-amd64.tar.gz /tmp/go.tgz\n"_s}
            << df << 1 << df << range(2, 32, 2, 39)
            << u"FROM debian:bullseye\nADD https://dl.google.com/go/go1.18.linux-amd64.tar.gz /tmp/go.tgz\n"_s;
        QTest::newRow("version from a legacy ENV")
            << QStringList{df, u"FROM buildpack-deps:stretch-scm\nENV GOLANG_VERSION 1.9.2\n"
                               "ENV GOLANG_DOWNLOAD_URL https://golang.org/dl/go$GOLANG_VERSION.linux-amd64.tar.gz\n"_s}
            << df << 1 << df << range(3, 49, 3, 64)
            << u"FROM buildpack-deps:stretch-scm\nENV GOLANG_VERSION 1.18\n"
               "ENV GOLANG_DOWNLOAD_URL https://golang.org/dl/go$GOLANG_VERSION.linux-amd64.tar.gz\n"_s;
        QTest::newRow("new tarball")
            << QStringList{df, u"FROM ubuntu:20.04\nRUN wget https://go.dev/dl/go1.20.2.linux-amd64.tar.gz\n"_s} << df << 0
            << QString() << SourceRange{} << QString();
        QTest::newRow("new golang image") << QStringList{df, u"FROM golang:1.21-bookworm\n"_s} << df << 0 << QString()
                                          << SourceRange{} << QString();
        QTest::newRow("untagged golang") << QStringList{df, u"FROM golang\n"_s} << df << 0 << QString() << SourceRange{} << QString();
        QTest::newRow("old go.mod, new toolchain")
            << QStringList{df, u"FROM golang:1.21\nCOPY . .\nRUN go build ./...\n"_s, u"go.mod"_s, u"module m\n\ngo 1.16\n"_s}
            << df << 0 << QString() << SourceRange{} << QString();
        QTest::newRow("go.mod not used")
            << QStringList{df, u"FROM nginx:1.25\nCOPY site/ /usr/share/nginx/html/\n"_s, u"go.mod"_s, u"module m\n\ngo 1.16\n"_s}
            << df << 0 << QString() << SourceRange{} << QString();
        QTest::newRow("go.mod with a new toolchain line")
            << QStringList{df, u"FROM ubuntu:22.04\nCOPY go.mod .\n"_s, u"go.mod"_s, u"module m\n\ngo 1.16\ntoolchain go1.21.3\n"_s}
            << df << 0 << QString() << SourceRange{} << QString();
    }
    void findings()
    {
        QFETCH(QStringList, files);
        QFETCH(QString, dockerfile);
        QFETCH(int, count);
        const Files project = toFiles(files);
        const QList<Finding> found = runRule(u"ARM402"_s, project, dockerfile);
        QCOMPARE(found.size(), count);
        if (count == 0)
            return;
        QFETCH(QString, file);
        QFETCH(SourceRange, range);
        QFETCH(QString, fixed);
        QCOMPARE(found.first().file, file);
        QCOMPARE(found.first().range, range);
        QCOMPARE(found.first().severity, Severity::Info);
        QVERIFY(found.first().help.contains(u"10%"_s));
        const Files after = applyFix(project, found.first());
        QCOMPARE(after.value(file), fixed);
        QCOMPARE(runRule(u"ARM402"_s, after, dockerfile).size(), 0);
    }

    void noRegisterAbiVersionNoFinding()
    {
        // A knowledge base without the "go" section's registerAbiVersion: the rule stays silent.
        QTemporaryDir dir;
        QFile go(dir.filePath(u"go.json"_s));
        QVERIFY(go.open(QIODevice::WriteOnly));
        go.write(R"({"section": "go", "version": "2026.11.0"})");
        go.close();
        const KnowledgeBase kb = KnowledgeBase::fromDirectory(dir.path());
        const OldGoVersionRule rule(kb);
        ProjectFiles project(dir.path());
        const Dockerfile df = Dockerfile::parse(u"Dockerfile"_s, u"FROM golang:1.16\n"_s);
        const QList<ShellSource> shell = collectShellSources(df);
        const RuleContext ctx{df, kb, project, u"Dockerfile"_s, shell};
        QList<Finding> out;
        rule.check(ctx, out);
        QVERIFY(out.isEmpty());
    }

    // The hand-written scan for go<version>.<os>-<arch>.tar.gz must find what the regex finds.
    void tarballNameScanAgreesWithRegex()
    {
        const QRegularExpression re(QStringLiteral(
            "(?:^|[/=\"'\\s])go(1\\.[0-9]+(?:\\.[0-9]+)?)(?:rc[0-9]+|beta[0-9]+)?\\.(?:linux|darwin|freebsd)-[a-z0-9]+\\.tar\\.gz"));
        const QStringList samples = {
            u"go1.16.5.linux-amd64.tar.gz"_s, u"https://go.dev/dl/go1.20.2.linux-amd64.tar.gz"_s,
            u"/go1.16.linux-arm64.tar.gz"_s, u"xgo1.16.linux-amd64.tar.gz"_s, u"=go1.16rc1.darwin-amd64.tar.gz"_s,
            u"'go1.17beta1.freebsd-386.tar.gz'"_s, u"\"go1.9.2.linux-amd64.tar.gz\""_s, u"go1.16.5rc.linux-amd64.tar.gz"_s,
            u"go1..linux-amd64.tar.gz"_s, u"go1.16.5.6.linux-amd64.tar.gz"_s, u"go1.16.linux-.tar.gz"_s,
            u"go1.16.linux-AMD64.tar.gz"_s, u"go1.16.windows-amd64.tar.gz"_s, u"go1.16.linux-amd64.tar.gzz"_s,
            u"go1.16.linux-amd64.tgz"_s, u"go1.16.5.linux-amd64.tar.gz/go1.15.linux-arm64.tar.gz"_s,
            u"go1.16.linux-amd64.tar.gzgo1.15.linux-amd64.tar.gz"_s, u"a go1.1.linux-x.tar.gz\tgo1.2.darwin-y.tar.gz"_s,
            u"go1.16.5beta2.linux-amd64.tar.gz"_s, u"go1.16rc.linux-amd64.tar.gz"_s, u"go1.x.linux-amd64.tar.gz"_s,
            u"ggo1.16.linux-amd64.tar.gz go1.1.linux-a.tar.gz"_s, u"go1.16.linux-amd64.tar.g"_s, u"go1."_s, QString(),
            u"/go/go1.16.5.linux-amd64.tar.gz.sha256"_s, u"go1.2.3rc4.linux-arm64.tar.gz"_s};
        for (const QString &text : samples) {
            QList<qsizetype> expected;
            for (auto it = re.globalMatch(text); it.hasNext();) {
                const auto m = it.next();
                expected << m.capturedStart(1) << m.capturedEnd(1) << m.capturedEnd(0);
            }
            QList<qsizetype> found;
            for (auto m = findGoTarballName(text, 0); m.end >= 0; m = findGoTarballName(text, m.end))
                found << m.versionStart << m.versionEnd << m.end;
            QCOMPARE(found, expected);
        }
    }
};

QTEST_GUILESS_MAIN(TestRuleArm402)
#include "tst_rule_arm402.moc"
