// ARM604: a stage on $BUILDPLATFORM builds the shipped Go binary without GOARCH.
#include "PlannerHarness.h"

using namespace Armlift;
using namespace Armlift::Testing;

class TestRuleArm604 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findings_data();
    void findings();
    void fix();
    void cgoIsExplained();
};

static QString s(const char *text) { return QString::fromUtf8(text); }

static const char *nativeOnly =
    "FROM --platform=$BUILDPLATFORM golang:1.22 AS build\n"
    "WORKDIR /src\n"
    "COPY . .\n"
    "RUN go build -o bin/app ./cmd/app\n"
    "FROM alpine:3.20\n"
    "COPY --from=build /src/bin /usr/local/bin\n";

void TestRuleArm604::findings_data()
{
    QTest::addColumn<QString>("dockerfile");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("relative output, folder copied") << s(nativeOnly) << list({"4:5-4:13"});
    QTest::newRow("absolute output") << s("FROM --platform=${BUILDPLATFORM} golang AS b\nRUN go build -o /app .\n"
                                          "FROM scratch\nCOPY --from=b /app /app\n")
                                     << list({"2:5-2:13"});

    QTest::newRow("GOARCH given") << s("FROM --platform=$BUILDPLATFORM golang AS b\nARG TARGETARCH\n"
                                       "RUN GOARCH=$TARGETARCH go build -o /app .\nFROM scratch\nCOPY --from=b /app /\n")
                                  << QStringList{};
    QTest::newRow("go env -w GOARCH") << s("FROM --platform=$BUILDPLATFORM golang AS b\nARG TARGETARCH\n"
                                           "RUN go env -w GOARCH=$TARGETARCH && go build -o /app .\nFROM scratch\nCOPY --from=b /app /\n")
                                      << QStringList{};
    QTest::newRow("output not copied") << s("FROM --platform=$BUILDPLATFORM golang AS gen\nRUN go build -o /gen ./gen\n"
                                            "RUN mkdir /out && /gen > /out/data.json\nFROM scratch\nCOPY --from=gen /out /data\n")
                                       << QStringList{};
    QTest::newRow("no -o") << s("FROM --platform=$BUILDPLATFORM golang AS b\nRUN go build ./...\nFROM scratch\nCOPY --from=b /go /\n")
                           << QStringList{};
    QTest::newRow("target platform stage (ARM602)") << s("FROM golang AS b\nRUN go build -o /app .\nFROM scratch\nCOPY --from=b /app /\n")
                                                    << QStringList{};
}

void TestRuleArm604::findings()
{
    QFETCH(QString, dockerfile);
    QFETCH(QStringList, expected);
    const QList<Finding> found = lintPlanner(QStringLiteral("ARM604"), dockerfile);
    QCOMPARE(ranges(found), expected);
    for (const Finding &f : found)
        checkFindingShape(f, QStringLiteral("ARM604"), Severity::Error);
}

void TestRuleArm604::fix()
{
    const QList<Finding> found = lintPlanner(QStringLiteral("ARM604"), s(nativeOnly));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().fixes.size(), 1);
    int refused = -1;
    const QString result = applied(s(nativeOnly), found.first(), 0, &refused);
    QCOMPARE(refused, 0);
    QCOMPARE(result, s("FROM --platform=$BUILDPLATFORM golang:1.22 AS build\n"
                       "ARG TARGETOS TARGETARCH\n"
                       "WORKDIR /src\n"
                       "COPY . .\n"
                       "RUN CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o bin/app ./cmd/app\n"
                       "FROM alpine:3.20\n"
                       "COPY --from=build /src/bin /usr/local/bin\n"));
    QVERIFY(lintPlanner(QStringLiteral("ARM604"), result).isEmpty());
    QVERIFY(lintPlanner(QStringLiteral("ARM602"), result).isEmpty());
}

void TestRuleArm604::cgoIsExplained()
{
    const QList<Finding> found = lintPlanner(
        QStringLiteral("ARM604"), s("FROM --platform=$BUILDPLATFORM golang AS b\nRUN apt-get install -y libsqlite3-dev\n"
                                    "RUN go build -o /app .\nFROM debian\nCOPY --from=b /app /\n"));
    QCOMPARE(found.size(), 1);
    QVERIFY(found.first().fixes.isEmpty());
    QVERIFY(found.first().help.contains(QStringLiteral("libsqlite3-dev")));
}

QTEST_GUILESS_MAIN(TestRuleArm604)
#include "tst_rule_arm604.moc"
