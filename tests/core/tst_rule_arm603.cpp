// ARM603: RUN steps that compile from source under emulation, and the per-Dockerfile estimate.
#include "PlannerHarness.h"

#include "rules/planner/EmulationEstimate.h"

using namespace Armlift;
using namespace Armlift::Testing;

class TestRuleArm603 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findings_data();
    void findings();
    void firstHintCarriesTheEstimate();
    void estimate_data();
    void estimate();
    void buildOnlyStageExplainsCrossOptions();
};

static QString s(const char *text) { return QString::fromUtf8(text); }

// The talk's librealsense build, shortened.
static const char *librealsense =
    "FROM ubuntu:20.04\n"
    "RUN apt-get update && apt-get install -qq -y --no-install-recommends build-essential cmake git\n"
    "RUN cd /usr/src/librealsense && mkdir build && cd build && \\\n"
    "    cmake -DCMAKE_BUILD_TYPE=Release ../ && \\\n"
    "    make -j$(($(nproc)-1)) all && \\\n"
    "    make install\n"
    "CMD [\"realsense-viewer\"]\n";

void TestRuleArm603::findings_data()
{
    QTest::addColumn<QString>("dockerfile");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("talk: cmake and make") << s(librealsense) << list({"5:5-5:9"});
    QTest::newRow("cmake --build") << s("FROM debian\nRUN cmake -S . -B b && cmake --build b -j8\n") << list({"2:24-2:37"});
    QTest::newRow("cargo build") << s("FROM rust:1.79\nRUN cargo build --release\n") << list({"2:5-2:16"});
    QTest::newRow("go build, single stage") << s("FROM golang:1.22\nRUN go build -o /app .\nCMD [\"/app\"]\n")
                                            << list({"2:5-2:13"});
    QTest::newRow("pip --no-binary") << s("FROM python:3.12\nRUN pip install --no-binary :all: confluent-kafka==2.0.2\n")
                                     << list({"2:5-2:16"});
    QTest::newRow("pip local project") << s("FROM python:3.12\nCOPY . /src\nRUN python3 -m pip install /src\n")
                                       << list({"3:5-3:27"});
    QTest::newRow("setup.py") << s("FROM python:3.12\nRUN python3 setup.py install --user\n") << list({"2:5-2:21"});
    QTest::newRow("npm ci with node-gyp toolchain")
        << s("FROM node:20-slim\nRUN apt-get update && apt-get install -y python3 make g++\nRUN npm ci\n")
        << list({"3:5-3:11"});
    QTest::newRow("two RUN steps, two hints") << s("FROM debian\nRUN make\nRUN make install\n")
                                              << list({"2:5-2:9", "3:5-3:9"});
    QTest::newRow("one RUN, two kinds, one hint") << s("FROM debian\nRUN ./configure && make && gcc -o t t.c\n")
                                                  << list({"2:20-2:24"});

    // Nothing compiles, or nothing is emulated.
    QTest::newRow("talk case 1") << s("FROM public.ecr.aws/lts/ubuntu:20.04_stable\nWORKDIR /home/app\nCOPY requirements.txt .\n"
                                      "RUN apt update && apt install -y --no-install-recommends python3-pip && "
                                      "pip install -r requirements.txt\n")
                                 << QStringList{};
    QTest::newRow("pip wheels") << s("FROM python:3.12\nRUN pip install numpy==1.26.4 -r requirements.txt\n") << QStringList{};
    QTest::newRow("npm ci without toolchain") << s("FROM node:20\nRUN npm ci\n") << QStringList{};
    QTest::newRow("make --version") << s("FROM debian\nRUN make --version && gcc --version\n") << QStringList{};
    QTest::newRow("BUILDPLATFORM stage") << s("FROM --platform=$BUILDPLATFORM rust AS b\nRUN cargo build --release --target "
                                              "aarch64-unknown-linux-gnu\nFROM debian\nCOPY --from=b /t /t\n")
                                         << QStringList{};
    QTest::newRow("amd64 pin (ARM101)") << s("FROM --platform=linux/amd64 debian\nRUN make\n") << QStringList{};
    QTest::newRow("ARM602 owns the Go stage") << s("FROM golang AS b\nRUN go build -o /app .\nFROM scratch\nCOPY --from=b /app /\n")
                                              << QStringList{};
    QTest::newRow("cross-compiling Dockerfile")
        << s("FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nARG TARGETOS TARGETARCH\nWORKDIR /src\nCOPY . .\n"
             "RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .\n"
             "FROM alpine:3.20\nRUN apk add --no-cache ca-certificates\nCOPY --from=build /out/app /app\n")
        << QStringList{};
}

void TestRuleArm603::findings()
{
    QFETCH(QString, dockerfile);
    QFETCH(QStringList, expected);
    const QList<Finding> found = lintPlanner(QStringLiteral("ARM603"), dockerfile);
    QCOMPARE(ranges(found), expected);
    for (const Finding &f : found) {
        checkFindingShape(f, QStringLiteral("ARM603"), Severity::Info);
        QVERIFY(f.fixes.isEmpty());
        QVERIFY2(f.help.contains(QStringLiteral("22m27s")) && f.help.contains(QStringLiteral("3m01s")), qPrintable(f.help));
    }
}

void TestRuleArm603::firstHintCarriesTheEstimate()
{
    const QList<Finding> found = lintPlanner(QStringLiteral("ARM603"), s("FROM debian\nRUN apt-get update\nRUN make\nRUN make install\n"));
    QCOMPARE(found.size(), 2);
    QVERIFY2(found.at(0).message.contains(QStringLiteral("3 of 3 RUN steps run emulated")), qPrintable(found.at(0).message));
    QVERIFY(found.at(0).message.contains(QStringLiteral("2 of them compiling")));
    QVERIFY(!found.at(1).message.contains(QStringLiteral("Estimate")));
    QVERIFY(found.at(1).message.contains(QStringLiteral("(make)")));
}

void TestRuleArm603::estimate_data()
{
    QTest::addColumn<QString>("dockerfile");
    QTest::addColumn<int>("runSteps");
    QTest::addColumn<int>("emulatedSteps");
    QTest::addColumn<int>("compileSteps");
    QTest::addColumn<int>("emulatedCompileSteps");
    QTest::addColumn<double>("share");

    QTest::newRow("talk") << s(librealsense) << 2 << 2 << 1 << 1 << 1.0;
    // 1 native compile (10) + 1 emulated plain step (1): 1/11 emulated.
    QTest::newRow("cross-compiled") << s("FROM --platform=$BUILDPLATFORM golang AS b\nARG TARGETARCH\n"
                                         "RUN GOARCH=$TARGETARCH go build -o /app .\nFROM alpine\nRUN apk add tzdata\n"
                                         "COPY --from=b /app /\n")
                                    << 2 << 1 << 1 << 0 << 1.0 / 11.0;
    // 1 emulated compile (10) + 1 emulated plain (1) + 1 native plain (1): 11/12.
    QTest::newRow("mixed") << s("FROM --platform=$BUILDPLATFORM alpine AS fetch\nRUN wget -O /x https://example.com/x\n"
                                "FROM debian\nRUN apt-get update\nRUN make\nCOPY --from=fetch /x /x\n")
                           << 3 << 2 << 1 << 1 << 11.0 / 12.0;
    QTest::newRow("no RUN") << s("FROM scratch\nCOPY a /a\n") << 0 << 0 << 0 << 0 << 0.0;
}

void TestRuleArm603::estimate()
{
    QFETCH(QString, dockerfile);
    QFETCH(int, runSteps);
    QFETCH(int, emulatedSteps);
    QFETCH(int, compileSteps);
    QFETCH(int, emulatedCompileSteps);
    QFETCH(double, share);
    const Dockerfile df = Dockerfile::parse(QStringLiteral("Dockerfile"), dockerfile);
    const EmulationEstimate e = EmulationEstimate::of(df, collectShellSources(df));
    QCOMPARE(e.runSteps, runSteps);
    QCOMPARE(e.emulatedSteps, emulatedSteps);
    QCOMPARE(e.compileSteps, compileSteps);
    QCOMPARE(e.emulatedCompileSteps, emulatedCompileSteps);
    QVERIFY2(qAbs(e.emulatedShare - share) < 1e-9, qPrintable(QString::number(e.emulatedShare)));
    // The talk's ratio, 1347.874 s / 181.891 s.
    QVERIFY(qAbs(kTalkEmulationRatio - 7.41) < 0.01);
    QVERIFY(qAbs(e.slowdown - ((1 - share) + share * kTalkEmulationRatio)) < 1e-9);
    QCOMPARE(e.describe().isEmpty(), runSteps == 0);
}

void TestRuleArm603::buildOnlyStageExplainsCrossOptions()
{
    const QList<Finding> found = lintPlanner(QStringLiteral("ARM603"),
        s("FROM rust:1.79 AS build\nRUN cargo build --release\nFROM debian:12-slim\nCOPY --from=build /target/release/app /app\n"));
    QCOMPARE(found.size(), 1);
    QVERIFY(found.first().help.contains(QStringLiteral("aarch64-unknown-linux-gnu")));
    QVERIFY(found.first().help.contains(QStringLiteral("xx-cargo")));
    // A stage that ends in the image gets no cross advice: it must run on the target.
    const QList<Finding> final = lintPlanner(QStringLiteral("ARM603"), s("FROM rust:1.79\nRUN cargo build --release\n"));
    QCOMPARE(final.size(), 1);
    QVERIFY(!final.first().help.contains(QStringLiteral("xx-cargo")));
}

QTEST_GUILESS_MAIN(TestRuleArm603)
#include "tst_rule_arm603.moc"
