// ARM602: a build-only Go stage on the target platform; the fix cross-compiles it on $BUILDPLATFORM.
#include "PlannerHarness.h"

#include <QTemporaryDir>

using namespace Armlift;
using namespace Armlift::Testing;

class TestRuleArm602 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findings_data();
    void findings();
    void fixes_data();
    void fixes();
    void fixKeepsFinalStage();
    void cgoEvidenceExplainsInsteadOfRewriting_data();
    void cgoEvidenceExplainsInsteadOfRewriting();
    void cgoModuleInGoMod();
    void goInstallOfTheProjectIsExplained();
};

static QString s(const char *text) { return QString::fromUtf8(text); }

static const char *plainGo =
    "FROM golang:1.22 AS build\n"
    "WORKDIR /src\n"
    "COPY . .\n"
    "RUN go build -o /out/app ./cmd/app\n"
    "FROM gcr.io/distroless/static-debian12\n"
    "COPY --from=build /out/app /app\n"
    "ENTRYPOINT [\"/app\"]\n";

void TestRuleArm602::findings_data()
{
    QTest::addColumn<QString>("dockerfile");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("plain multi-stage") << s(plainGo) << list({"4:5-4:13"});
    QTest::newRow("TARGETPLATFORM") << s("FROM --platform=$TARGETPLATFORM golang:1.22 AS b\nRUN go build -o /app .\n"
                                         "FROM alpine\nCOPY --from=b /app /app\n")
                                    << list({"2:5-2:13"});
    QTest::newRow("env prefix") << s("FROM golang AS b\nRUN CGO_ENABLED=0 go build -o /app .\nFROM scratch\nCOPY --from=b /app /\n")
                                << list({"2:19-2:27"});
    QTest::newRow("two builds, one finding") << s("FROM golang AS b\nRUN go build -o /a ./a && go build -o /b ./b\n"
                                                  "FROM scratch\nCOPY --from=b /a /b /\n")
                                             << list({"2:5-2:13"});

    // Already cross-compiling, or nothing to move.
    QTest::newRow("cross already") << s("FROM --platform=$BUILDPLATFORM golang AS b\nARG TARGETOS TARGETARCH\n"
                                        "RUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /app .\n"
                                        "FROM scratch\nCOPY --from=b /app /\n")
                                   << QStringList{};
    QTest::newRow("single stage") << s("FROM golang:1.22\nRUN go build -o /app .\nCMD [\"/app\"]\n") << QStringList{};
    QTest::newRow("final stage builds") << s("FROM golang AS base\nFROM base\nRUN go build -o /app .\n") << QStringList{};
    QTest::newRow("stage is a parent") << s("FROM golang AS b\nRUN go build -o /app .\nFROM b AS t\nRUN go test ./...\n"
                                            "FROM scratch\nCOPY --from=b /app /\n")
                                       << QStringList{};
    QTest::newRow("constant amd64 pin (ARM101)") << s("FROM --platform=linux/amd64 golang AS b\nRUN go build -o /app .\n"
                                                      "FROM scratch\nCOPY --from=b /app /\n")
                                                 << QStringList{};
    QTest::newRow("GOARCH=arm64 deliberate") << s("FROM golang AS b\nRUN GOARCH=arm64 go build -o /app .\n"
                                                  "FROM scratch\nCOPY --from=b /app /\n")
                                             << QStringList{};
    QTest::newRow("ENV GOARCH constant") << s("FROM golang AS b\nENV GOARCH=amd64\nRUN go build -o /app .\n"
                                              "FROM scratch\nCOPY --from=b /app /\n")
                                         << QStringList{};
    QTest::newRow("generator only") << s("FROM golang AS gen\nRUN go build -o /gen ./tools/gen && /gen > /out.json\n"
                                         "FROM scratch\nCOPY --from=gen /out.json /\n")
                                    << QStringList{};
    QTest::newRow("tool install only") << s("FROM golang AS gen\nRUN go install golang.org/x/tools/cmd/stringer@v0.20.0"
                                            " && stringer -type=T ./...\nFROM scratch\nCOPY --from=gen /go/src /\n")
                                       << QStringList{};
    QTest::newRow("arch conditional") << s("FROM golang AS b\nRUN case \"$(uname -m)\" in x86_64) go build -o /app . ;; esac\n"
                                           "FROM scratch\nCOPY --from=b /app /\n")
                                      << QStringList{};
    QTest::newRow("go test only") << s("FROM golang AS t\nRUN go test ./...\nFROM scratch\nCOPY --from=t /etc/hostname /\n")
                                  << QStringList{};
}

void TestRuleArm602::findings()
{
    QFETCH(QString, dockerfile);
    QFETCH(QStringList, expected);
    const QList<Finding> found = lintPlanner(QStringLiteral("ARM602"), dockerfile);
    QCOMPARE(ranges(found), expected);
    for (const Finding &f : found) {
        checkFindingShape(f, QStringLiteral("ARM602"), Severity::Info);
        QVERIFY2(f.help.contains(QStringLiteral("22m27s")), qPrintable(f.help));
    }
}

void TestRuleArm602::fixes_data()
{
    QTest::addColumn<QString>("dockerfile");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain multi-stage") << s(plainGo)
        << s("FROM --platform=$BUILDPLATFORM golang:1.22 AS build\n"
             "ARG TARGETOS TARGETARCH\n"
             "WORKDIR /src\n"
             "COPY . .\n"
             "RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app ./cmd/app\n"
             "FROM gcr.io/distroless/static-debian12\n"
             "COPY --from=build /out/app /app\n"
             "ENTRYPOINT [\"/app\"]\n");
    // Continuation lines, indentation, flags and the comment stay exactly as written.
    QTest::newRow("formatting kept") << s("# build stage\n"
                                          "  from golang:1.22-alpine   as builder\n"
                                          "RUN --mount=type=cache,target=/root/.cache/go-build \\\n"
                                          "    go build \\\n"
                                          "      -ldflags=\"-s -w\" \\\n"
                                          "      -o /bin/server ./cmd/server\n"
                                          "FROM alpine:3.20\n"
                                          "COPY --from=builder /bin/server /usr/local/bin/server\n")
        << s("# build stage\n"
             "  from --platform=$BUILDPLATFORM golang:1.22-alpine   as builder\n"
             "  ARG TARGETOS TARGETARCH\n"
             "RUN --mount=type=cache,target=/root/.cache/go-build \\\n"
             "    CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build \\\n"
             "      -ldflags=\"-s -w\" \\\n"
             "      -o /bin/server ./cmd/server\n"
             "FROM alpine:3.20\n"
             "COPY --from=builder /bin/server /usr/local/bin/server\n");
    QTest::newRow("CGO_ENABLED=0 kept, two builds") << s("FROM golang AS b\nRUN CGO_ENABLED=0 go build -o /a ./a && go build -o /b ./b\n"
                                                        "FROM scratch\nCOPY --from=b /a /b /\n")
        << s("FROM --platform=$BUILDPLATFORM golang AS b\nARG TARGETOS TARGETARCH\n"
             "RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /a ./a && "
             "CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /b ./b\nFROM scratch\nCOPY --from=b /a /b /\n");
    QTest::newRow("ENV CGO_ENABLED=0, GOOS constant") << s("FROM golang AS b\nENV CGO_ENABLED=0\nRUN GOOS=linux go build -o /app .\n"
                                                           "FROM scratch\nCOPY --from=b /app /\n")
        << s("FROM --platform=$BUILDPLATFORM golang AS b\nARG TARGETARCH\nENV CGO_ENABLED=0\n"
             "RUN GOOS=linux GOARCH=$TARGETARCH go build -o /app .\nFROM scratch\nCOPY --from=b /app /\n");
    QTest::newRow("TARGETPLATFORM replaced") << s("FROM --platform=${TARGETPLATFORM} golang AS b\nRUN go build -o /app .\n"
                                                  "FROM scratch\nCOPY --from=b /app /\n")
        << s("FROM --platform=$BUILDPLATFORM golang AS b\nARG TARGETOS TARGETARCH\n"
             "RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /app .\nFROM scratch\nCOPY --from=b /app /\n");
    QTest::newRow("GOARCH variable already: only FROM") << s("FROM golang AS b\nARG TARGETOS TARGETARCH\n"
                                                             "RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /app .\n"
                                                             "FROM scratch\nCOPY --from=b /app /\n")
        << s("FROM --platform=$BUILDPLATFORM golang AS b\nARG TARGETOS TARGETARCH\n"
             "RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /app .\nFROM scratch\nCOPY --from=b /app /\n");
    QTest::newRow("heredoc") << s("FROM golang AS b\nRUN <<EOF\nset -e\ngo build -o /app .\nEOF\nFROM scratch\nCOPY --from=b /app /\n")
        << s("FROM --platform=$BUILDPLATFORM golang AS b\nARG TARGETOS TARGETARCH\nRUN <<EOF\nset -e\n"
             "CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /app .\nEOF\nFROM scratch\nCOPY --from=b /app /\n");
    QTest::newRow("generator stays native") << s("FROM golang AS b\nRUN go build -o /gen ./gen && /gen && go build -o /app .\n"
                                                 "FROM scratch\nCOPY --from=b /app /\n")
        << s("FROM --platform=$BUILDPLATFORM golang AS b\nARG TARGETOS TARGETARCH\n"
             "RUN go build -o /gen ./gen && /gen && CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /app .\n"
             "FROM scratch\nCOPY --from=b /app /\n");
}

void TestRuleArm602::fixes()
{
    QFETCH(QString, dockerfile);
    QFETCH(QString, expected);
    const QList<Finding> found = lintPlanner(QStringLiteral("ARM602"), dockerfile);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().fixes.size(), 1);
    int refused = -1;
    const QString result = applied(dockerfile, found.first(), 0, &refused);
    QCOMPARE(refused, 0);
    QCOMPARE(result, expected);
    // The result is a correct cross-compiling Dockerfile: no planner rule says anything.
    QVERIFY(lintPlanner(QStringLiteral("ARM602"), result).isEmpty());
    QVERIFY(lintPlanner(QStringLiteral("ARM603"), result).isEmpty());
    QVERIFY(lintPlanner(QStringLiteral("ARM604"), result).isEmpty());
}

void TestRuleArm602::fixKeepsFinalStage()
{
    const QList<Finding> found = lintPlanner(QStringLiteral("ARM602"), s(plainGo));
    QCOMPARE(found.size(), 1);
    QVERIFY(found.first().fixes.first().note.contains(QStringLiteral("CGO_ENABLED=0")));
    const QString result = applied(s(plainGo), found.first(), 0);
    const Dockerfile before = Dockerfile::parse(QStringLiteral("Dockerfile"), s(plainGo));
    const Dockerfile after = Dockerfile::parse(QStringLiteral("Dockerfile"), result);
    QVERIFY(after.problems().isEmpty());
    QCOMPARE(after.stages().size(), before.stages().size());
    QCOMPARE(after.stages().at(0).platform, QStringLiteral("$BUILDPLATFORM"));
    QCOMPARE(after.stages().at(0).name, QStringLiteral("build"));
    // The final stage stays on the target platform, unchanged.
    QCOMPARE(after.stages().at(1).platform, QString());
    QCOMPARE(after.stages().at(1).image, before.stages().at(1).image);
    QVERIFY(after.isDeclared(QStringLiteral("TARGETARCH"), after.stages().at(0).lastInstruction));
    QVERIFY(!after.isDeclared(QStringLiteral("TARGETARCH"), after.stages().at(1).lastInstruction));
}

void TestRuleArm602::cgoEvidenceExplainsInsteadOfRewriting_data()
{
    QTest::addColumn<QString>("dockerfile");
    QTest::addColumn<QString>("evidence");
    QTest::newRow("gcc installed") << s("FROM golang:1.22-alpine AS b\nRUN apk add --no-cache gcc musl-dev\n"
                                        "RUN go build -o /app .\nFROM alpine\nCOPY --from=b /app /\n")
                                   << s("gcc");
    QTest::newRow("C library headers") << s("FROM golang AS b\nRUN apt-get update && apt-get install -y librdkafka-dev\n"
                                            "RUN go build -o /app .\nFROM debian\nCOPY --from=b /app /\n")
                                       << s("librdkafka-dev");
    QTest::newRow("CGO_ENABLED=1") << s("FROM golang AS b\nRUN CGO_ENABLED=1 go build -o /app .\nFROM debian\nCOPY --from=b /app /\n")
                                   << s("CGO_ENABLED=1");
}

void TestRuleArm602::cgoEvidenceExplainsInsteadOfRewriting()
{
    QFETCH(QString, dockerfile);
    QFETCH(QString, evidence);
    const QList<Finding> found = lintPlanner(QStringLiteral("ARM602"), dockerfile);
    QCOMPARE(found.size(), 1);
    QVERIFY(found.first().fixes.isEmpty());
    QVERIFY2(found.first().help.contains(evidence), qPrintable(found.first().help));
    QVERIFY(found.first().help.contains(QStringLiteral("aarch64-linux-gnu-gcc")));
    QVERIFY(found.first().help.contains(QStringLiteral("xx-go")));
}

void TestRuleArm602::cgoModuleInGoMod()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile mod(dir.filePath(QStringLiteral("go.mod")));
    QVERIFY(mod.open(QIODevice::WriteOnly));
    mod.write("module example.com/app\n\ngo 1.22\n\nrequire (\n\tgithub.com/mattn/go-sqlite3 v1.14.22\n)\n");
    mod.close();
    const QString text = s(plainGo);
    const QList<Finding> found = lintPlanner(QStringLiteral("ARM602"), text, dir.path());
    QCOMPARE(found.size(), 1);
    QVERIFY(found.first().fixes.isEmpty());
    QVERIFY(found.first().help.contains(QStringLiteral("github.com/mattn/go-sqlite3")));

    // A go.mod without cgo modules leaves the one-click fix in place.
    QVERIFY(mod.open(QIODevice::WriteOnly | QIODevice::Truncate));
    mod.write("module example.com/app\n\ngo 1.22\n\nrequire github.com/spf13/cobra v1.8.0\n");
    mod.close();
    const QList<Finding> clean = lintPlanner(QStringLiteral("ARM602"), text, dir.path());
    QCOMPARE(clean.size(), 1);
    QCOMPARE(clean.first().fixes.size(), 1);
}

void TestRuleArm602::goInstallOfTheProjectIsExplained()
{
    const QList<Finding> found = lintPlanner(
        QStringLiteral("ARM602"), s("FROM golang AS b\nCOPY . /src\nRUN cd /src && go install ./cmd/app\n"
                                    "FROM scratch\nCOPY --from=b /go/bin/app /\n"));
    QCOMPARE(found.size(), 1);
    QVERIFY(found.first().fixes.isEmpty());
    QVERIFY(found.first().help.contains(QStringLiteral("go build -o")));
}

QTEST_GUILESS_MAIN(TestRuleArm602)
#include "tst_rule_arm602.moc"
