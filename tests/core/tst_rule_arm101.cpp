// ARM101: constant FROM --platform=linux/amd64.
#include "PlatformDownloadHarness.h"

using namespace Armlift;
using namespace Armlift::Testing;

class TestRuleArm101 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findings_data();
    void findings();
    void fixes_data();
    void fixes();
    void finalStageOffersOnlyRemoval();
};

static QString s(const char *text) { return QString::fromUtf8(text); }

static const char *buildOnly =
    "FROM --platform=linux/amd64 golang:1.21 AS build\n"
    "RUN go build -o /app .\n"
    "FROM debian:12\n"
    "COPY --from=build /app /app\n";

void TestRuleArm101::findings_data()
{
    QTest::addColumn<QString>("dockerfile");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("final stage") << s("FROM --platform=linux/amd64 ubuntu:22.04\nRUN true\n") << list({"1:6-1:28"});
    QTest::newRow("build stage") << s(buildOnly) << list({"1:6-1:28"});
    QTest::newRow("x86_64 spelling, indented") << s("  from --platform=linux/x86_64 alpine:3.19\n") << list({"1:8-1:31"});
    QTest::newRow("two stages") << s("FROM --platform=linux/amd64 a AS x\nFROM --platform=linux/amd64 b\n")
        << list({"1:6-1:28", "2:6-2:28"});

    QTest::newRow("BUILDPLATFORM") << s("FROM --platform=$BUILDPLATFORM golang:1.21 AS build\n") << QStringList{};
    QTest::newRow("TARGETPLATFORM braces") << s("FROM --platform=${TARGETPLATFORM} debian:12\n") << QStringList{};
    QTest::newRow("ARG platform") << s("ARG PLATFORM=linux/amd64\nFROM --platform=$PLATFORM debian:12\n") << QStringList{};
    QTest::newRow("arm64 pin") << s("FROM --platform=linux/arm64 debian:12\n") << QStringList{};
    QTest::newRow("no flag") << s("FROM debian:12\n") << QStringList{};
}

void TestRuleArm101::findings()
{
    QFETCH(QString, dockerfile);
    QFETCH(QStringList, expected);
    const QList<Finding> found = lint(QStringLiteral("ARM101"), dockerfile);
    QCOMPARE(ranges(found), expected);
    for (const Finding &f : found)
        checkFindingShape(f, QStringLiteral("ARM101"), Severity::Warning);
}

void TestRuleArm101::fixes_data()
{
    QTest::addColumn<QString>("dockerfile");
    QTest::addColumn<int>("fix");
    QTest::addColumn<QString>("expected");

    QTest::newRow("remove") << s("FROM --platform=linux/amd64 ubuntu:22.04 AS app # comment kept\nRUN true\n") << 0
        << s("FROM ubuntu:22.04 AS app # comment kept\nRUN true\n");
    QTest::newRow("build stage: remove") << s(buildOnly) << 0
        << s("FROM golang:1.21 AS build\nRUN go build -o /app .\nFROM debian:12\nCOPY --from=build /app /app\n");
    QTest::newRow("build stage: BUILDPLATFORM") << s(buildOnly) << 1
        << s("FROM --platform=$BUILDPLATFORM golang:1.21 AS build\nRUN go build -o /app .\nFROM debian:12\nCOPY --from=build /app /app\n");
}

void TestRuleArm101::fixes()
{
    QFETCH(QString, dockerfile);
    QFETCH(int, fix);
    QFETCH(QString, expected);
    const QList<Finding> found = lint(QStringLiteral("ARM101"), dockerfile);
    QCOMPARE(found.size(), 1);
    int refused = -1;
    const QString result = applied(dockerfile, found.first(), fix, &refused);
    QCOMPARE(refused, 0);
    QCOMPARE(result, expected);
    QVERIFY(lint(QStringLiteral("ARM101"), result).isEmpty());
}

void TestRuleArm101::finalStageOffersOnlyRemoval()
{
    // The final image must run natively: $BUILDPLATFORM would ship build-machine binaries.
    const QList<Finding> found = lint(QStringLiteral("ARM101"),
        s("FROM golang:1.21 AS build\nRUN go build -o /app .\nFROM --platform=linux/amd64 debian:12\nCOPY --from=build /app /app\n"));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().fixes.size(), 1);
    // A stage other stages are built FROM is not build-only either.
    const QList<Finding> inherited = lint(QStringLiteral("ARM101"),
        s("FROM --platform=linux/amd64 debian:12 AS base\nFROM base AS app\nCOPY --from=base /etc/os-release /x\nFROM app\n"));
    QCOMPARE(inherited.size(), 1);
    QCOMPARE(inherited.first().fixes.size(), 1);
}

QTEST_GUILESS_MAIN(TestRuleArm101)
#include "tst_rule_arm101.moc"
