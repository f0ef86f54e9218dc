// ARM103: BuildKit platform ARG used in a stage that does not declare it.
#include "PlatformDownloadHarness.h"

using namespace Armlift;
using namespace Armlift::Testing;

class TestRuleArm103 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findings_data();
    void findings();
    void fixes_data();
    void fixes();
    void sameEditAsDownloadRules();
    void correctFilesAreQuiet_data();
    void correctFilesAreQuiet();
};

static QString s(const char *text) { return QString::fromUtf8(text); }

void TestRuleArm103::findings_data()
{
    QTest::addColumn<QString>("dockerfile");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("RUN url") << s("FROM debian:12\nRUN curl -LO https://example.com/tool-${TARGETARCH}.tar.gz\n")
        << list({"2:39-2:52"});
    QTest::newRow("global ARG is not visible in the stage") << s("ARG TARGETARCH\nFROM debian:12\nRUN echo $TARGETARCH\n")
        << list({"3:10-3:21"});
    QTest::newRow("one finding per stage and name") << s("FROM debian:12\nRUN echo $TARGETARCH\nRUN echo ${TARGETARCH:-amd64}\n"
        "RUN echo $TARGETPLATFORM\n")
        << list({"2:10-2:21", "4:10-4:25"});
    QTest::newRow("COPY source") << s("FROM golang:1.21 AS build\nARG TARGETARCH\nRUN true\nFROM debian:12\n"
        "COPY --from=build /out/app-$TARGETARCH /app\n")
        << list({"5:28-5:39"});
    QTest::newRow("ENV value") << s("FROM debian:12\nENV PLATFORM=${TARGETPLATFORM}\n") << list({"2:14-2:31"});
    QTest::newRow("RUN mount flag") << s("FROM debian:12\nRUN --mount=type=cache,id=apt-$TARGETARCH,target=/var/cache/apt apt-get update\n")
        << list({"2:31-2:42"});
    QTest::newRow("quoted RUN heredoc still reads the environment") << s("FROM debian:12\nRUN <<'EOF'\necho \"$BUILDARCH\"\nEOF\n")
        << list({"3:7-3:17"});
    QTest::newRow("unquoted COPY heredoc") << s("FROM debian:12\nCOPY <<EOF /etc/arch\n$TARGETARCH\nEOF\n")
        << list({"3:1-3:12"});
    QTest::newRow("exec form sh -c") << s("FROM debian:12\nRUN [\"sh\", \"-c\", \"echo $TARGETOS\"]\n") << list({"2:24-2:33"});
    QTest::newRow("each stage") << s("FROM debian:12 AS a\nRUN echo $TARGETARCH\nFROM debian:12 AS b\nRUN echo $TARGETARCH\n")
        << list({"2:10-2:21", "4:10-4:21"});

    QTest::newRow("declared") << s("FROM debian:12\nARG TARGETARCH\nRUN echo $TARGETARCH\n") << QStringList{};
    QTest::newRow("declared in parent stage") << s("FROM debian:12 AS base\nARG TARGETARCH\nFROM base\nRUN echo $TARGETARCH\n")
        << QStringList{};
    QTest::newRow("FROM line uses global ARG") << s("FROM --platform=$BUILDPLATFORM golang:1.21 AS build\n"
        "FROM --platform=${TARGETPLATFORM} debian:12\n") << QStringList{};
    QTest::newRow("CMD runs at container start") << s("FROM debian:12\nCMD echo $TARGETARCH\n") << QStringList{};
    QTest::newRow("set in the shell") << s("FROM debian:12\nRUN TARGETARCH=$(dpkg --print-architecture) && echo $TARGETARCH\n")
        << QStringList{};
    QTest::newRow("escaped") << s("FROM debian:12\nRUN echo \\$TARGETARCH\n") << QStringList{};
    QTest::newRow("single-quoted ENV") << s("FROM debian:12\nENV X='$TARGETARCH'\n") << QStringList{};
    QTest::newRow("quoted COPY heredoc is literal") << s("FROM debian:12\nCOPY <<'EOF' /usr/local/bin/x\necho $TARGETARCH\nEOF\n")
        << QStringList{};
    QTest::newRow("longer name") << s("FROM debian:12\nRUN echo $TARGETARCHX ${TARGETARCH_OVERRIDE}\n") << QStringList{};
    QTest::newRow("before the first FROM") << s("ARG BASE=debian:12\nARG TARGETARCH\nARG X=$TARGETARCH\nFROM $BASE\n")
        << QStringList{};
}

void TestRuleArm103::findings()
{
    QFETCH(QString, dockerfile);
    QFETCH(QStringList, expected);
    const QList<Finding> found = lint(QStringLiteral("ARM103"), dockerfile);
    QCOMPARE(ranges(found), expected);
    for (const Finding &f : found)
        checkFindingShape(f, QStringLiteral("ARM103"), Severity::Error);
}

void TestRuleArm103::fixes_data()
{
    QTest::addColumn<QString>("dockerfile");
    QTest::addColumn<QString>("expected");
    QTest::newRow("after FROM") << s("FROM debian:12 AS app\n# download\nRUN curl -LO https://example.com/tool-${TARGETARCH}.tar.gz\n")
        << s("FROM debian:12 AS app\nARG TARGETARCH\n# download\nRUN curl -LO https://example.com/tool-${TARGETARCH}.tar.gz\n");
    QTest::newRow("CRLF and indentation") << s("  FROM debian:12\r\n  RUN echo $TARGETPLATFORM\r\n")
        << s("  FROM debian:12\r\n  ARG TARGETPLATFORM\r\n  RUN echo $TARGETPLATFORM\r\n");
}

void TestRuleArm103::fixes()
{
    QFETCH(QString, dockerfile);
    QFETCH(QString, expected);
    const QList<Finding> found = lint(QStringLiteral("ARM103"), dockerfile);
    QCOMPARE(found.size(), 1);
    QCOMPARE(applied(dockerfile, found.first(), 0), expected);
    QVERIFY(lint(QStringLiteral("ARM103"), expected).isEmpty());
}

void TestRuleArm103::sameEditAsDownloadRules()
{
    // ARM201's fix and ARM103's fix insert the same line: FixApplier merges them into one.
    const QString text = s("FROM debian:12\nRUN curl -LO https://go.dev/dl/go1.21.0.linux-amd64.tar.gz\nRUN echo $TARGETARCH\n");
    const QList<Finding> go = lint(QStringLiteral("ARM201"), text);
    const QList<Finding> arg = lint(QStringLiteral("ARM103"), text);
    QCOMPARE(go.size(), 1);
    QCOMPARE(arg.size(), 1);
    QList<TextEdit> edits = go.first().fixes.first().edits;
    edits += arg.first().fixes.first().edits;
    const FixApplier::Result r = FixApplier::apply(text, edits);
    QVERIFY(r.refused.isEmpty());
    QCOMPARE(r.text, s("FROM debian:12\nARG TARGETARCH\nRUN curl -LO https://go.dev/dl/go1.21.0.linux-${TARGETARCH}.tar.gz\nRUN echo $TARGETARCH\n"));
}

// Correct multi-arch Dockerfiles in the styles of the official images: no rule of the
// platform and download families may report anything.
void TestRuleArm103::correctFilesAreQuiet_data()
{
    QTest::addColumn<QString>("dockerfile");
    QTest::newRow("node official image style") << s("FROM debian:bookworm-slim\nENV NODE_VERSION 20.11.0\n"
        "RUN ARCH= && dpkgArch=\"$(dpkg --print-architecture)\" \\\n"
        "  && case \"${dpkgArch##*-}\" in \\\n"
        "    amd64) ARCH='x64';; \\\n"
        "    arm64) ARCH='arm64';; \\\n"
        "    *) echo \"unsupported architecture\"; exit 1 ;; \\\n"
        "  esac \\\n"
        "  && curl -fsSLO --compressed \"https://nodejs.org/dist/v$NODE_VERSION/node-v$NODE_VERSION-linux-$ARCH.tar.xz\" \\\n"
        "  && tar -xJf \"node-v$NODE_VERSION-linux-$ARCH.tar.xz\" -C /usr/local --strip-components=1\n");
    QTest::newRow("golang official image style") << s("FROM debian:12\nENV GOLANG_VERSION 1.21.0\n"
        "RUN set -eux; \\\n"
        "    arch=\"$(dpkg --print-architecture)\"; arch=\"${arch##*-}\"; \\\n"
        "    case \"$arch\" in \\\n"
        "      'amd64') url='https://dl.google.com/go/go1.21.0.linux-amd64.tar.gz'; "
        "sha256='d0398903a16ba2232b389fb31032ddf57cac34efda306a0eebac34f0965a0742' ;; \\\n"
        "      'arm64') url='https://dl.google.com/go/go1.21.0.linux-arm64.tar.gz'; "
        "sha256='f3d4548edf9b22f26bbd49720350bbfe59d75b7090a1a2bff1afad8214febaf3' ;; \\\n"
        "      *) echo >&2 \"error: unsupported architecture '$arch'\"; exit 1 ;; \\\n"
        "    esac; \\\n"
        "    wget -O go.tgz \"$url\"; echo \"$sha256 *go.tgz\" | sha256sum -c -\n");
    QTest::newRow("Go cross-compilation") << s("FROM --platform=$BUILDPLATFORM golang:1.22 AS build\nARG TARGETOS TARGETARCH\n"
        "WORKDIR /src\nCOPY . .\nRUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .\n"
        "FROM gcr.io/distroless/static\nCOPY --from=build /out/app /app\nENTRYPOINT [\"/app\"]\n");
    QTest::newRow("tini by TARGETARCH") << s("FROM debian:12\nARG TARGETARCH\n"
        "ADD https://github.com/krallin/tini/releases/download/v0.19.0/tini-${TARGETARCH} /tini\nRUN chmod +x /tini\n");
    QTest::newRow("aws cli by uname") << s("FROM amazonlinux:2023\n"
        "RUN curl \"https://awscli.amazonaws.com/awscli-exe-linux-$(uname -m).zip\" -o awscliv2.zip && unzip -q awscliv2.zip "
        "&& ./aws/install && rm -rf aws awscliv2.zip\n");
    QTest::newRow("workshop case 1") << s("FROM python:3.11-slim\nWORKDIR /app\nCOPY requirements.txt .\n"
        "RUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nCMD [\"python\", \"app.py\"]\n");
    QTest::newRow("kubectl by dpkg arch") << s("FROM debian:12\n"
        "RUN curl -LO \"https://dl.k8s.io/release/v1.29.0/bin/linux/$(dpkg --print-architecture)/kubectl\"\n");
}

void TestRuleArm103::correctFilesAreQuiet()
{
    QFETCH(QString, dockerfile);
    for (const char *id : {"ARM101", "ARM102", "ARM103", "ARM201", "ARM202", "ARM203", "ARM601"}) {
        const QList<Finding> found = lint(QString::fromLatin1(id), dockerfile);
        if (!found.isEmpty())
            qWarning("%s: %s", id, qPrintable(found.first().message));
        QVERIFY(found.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestRuleArm103)
#include "tst_rule_arm103.moc"
