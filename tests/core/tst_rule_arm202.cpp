// ARM202: amd64 download of a known tool.
#include "PlatformDownloadHarness.h"

using namespace Armlift;
using namespace Armlift::Testing;

class TestRuleArm202 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findings_data();
    void findings();
    void fixes_data();
    void fixes();
    void adActsOnlyLiterally();
    void checksumNote();
};

static QString s(const char *text) { return QString::fromUtf8(text); }

void TestRuleArm202::findings_data()
{
    QTest::addColumn<QString>("dockerfile");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("aws cli") << s("FROM ubuntu:22.04\n"
        "RUN curl -fsSL \"https://awscli.amazonaws.com/awscli-exe-linux-x86_64.zip\" -o awscliv2.zip && unzip awscliv2.zip && ./aws/install\n")
        << list({"2:46-2:73"});
    QTest::newRow("kubectl") << s("FROM debian:12\nRUN curl -LO https://dl.k8s.io/release/v1.29.0/bin/linux/amd64/kubectl\n")
        << list({"2:47-2:71"});
    QTest::newRow("node") << s("FROM debian:12\n"
        "RUN curl -fsSLO https://nodejs.org/dist/v20.11.0/node-v20.11.0-linux-x64.tar.xz && tar -xJf node-v20.11.0-linux-x64.tar.xz -C /opt\n")
        << list({"2:50-2:80"});
    QTest::newRow("protoc in ADD") << s("FROM debian:12\n"
        "ADD https://github.com/protocolbuffers/protobuf/releases/download/v25.1/protoc-25.1-linux-x86_64.zip /tmp/protoc.zip\n")
        << list({"2:73-2:101"});
    QTest::newRow("half-ported: kind portable, kubectl not") << s("FROM debian:12\nARG TARGETARCH\n"
        "RUN curl -Lo /usr/local/bin/kind https://kind.sigs.k8s.io/dl/v0.22.0/kind-linux-${TARGETARCH} \\\n"
        " && curl -Lo /usr/local/bin/kubectl https://dl.k8s.io/release/v1.29.0/bin/linux/amd64/kubectl\n")
        << list({"4:70-4:94"});
    QTest::newRow("two tools, one RUN") << s("FROM debian:12\n"
        "RUN curl -LO https://get.helm.sh/helm-v3.14.0-linux-amd64.tar.gz && curl -LO https://releases.hashicorp.com/terraform/1.7.0/terraform_1.7.0_linux_amd64.zip\n")
        << list({"2:34-2:65", "2:125-2:156"});
    // Tools the table does not know, named for linux/amd64 in a URL: one finding per instruction.
    QTest::newRow("generic goreleaser name") << s("FROM debian:12\n"
        "RUN curl -fsSL https://github.com/cli/cli/releases/download/v2.45.0/gh_2.45.0_linux_amd64.tar.gz | tar -xz\n")
        << list({"2:79-2:90"});
    QTest::newRow("generic path segment, ENV") << s("FROM debian:12\nENV MC_URL https://dl.min.io/client/mc/release/linux-amd64/mc\n")
        << list({"2:48-2:59"});
    QTest::newRow("generic x86_64 spelling") << s("FROM debian:12\n"
        "RUN wget -q https://github.com/jesseduffield/lazygit/releases/download/v0.40.2/lazygit_0.40.2_Linux_x86_64.tar.gz\n")
        << list({"2:95-2:107"});
    QTest::newRow("generic Rust target triple") << s("FROM debian:12\n"
        "RUN curl -L https://github.com/BurntSushi/ripgrep/releases/download/14.1.0/ripgrep-14.1.0-x86_64-unknown-linux-musl.tar.gz | tar -xz\n")
        << list({"2:91-2:116"});
    QTest::newRow("generic x64-linux spelling") << s("FROM debian:12\n"
        "RUN curl -fsSL https://corretto.aws/downloads/latest/amazon-corretto-17-x64-linux-jdk.tar.gz | tar -xz\n")
        << list({"2:73-2:82"});
    QTest::newRow("generic _amd64 archive") << s("FROM debian:12\n"
        "RUN curl -fsSL https://pkgs.tailscale.com/stable/tailscale_1.60.0_amd64.tgz | tar -xz\n")
        << list({"2:66-2:76"});
    QTest::newRow("generic: Windows archive in a Windows image") << s("FROM mcr.microsoft.com/windows/servercore:ltsc2022\n"
        "RUN curl -fsSLO https://example.com/tool_1.0_windows_amd64.zip\n") << QStringList{};
    QTest::newRow("generic: _${TARGETARCH} archive") << s("FROM debian:12\nARG TARGETARCH\n"
        "RUN curl -fsSL https://pkgs.tailscale.com/stable/tailscale_1.60.0_${TARGETARCH}.tgz | tar -xz\n") << QStringList{};
    QTest::newRow("generic: Rust triple from uname, rustup target") << s("FROM debian:12\n"
        "RUN curl -L https://github.com/sharkdp/fd/releases/download/v9.0.0/fd-v9.0.0-$(uname -m)-unknown-linux-gnu.tar.gz | tar -xz"
        " && rustup target add x86_64-unknown-linux-musl\n") << QStringList{};
    QTest::newRow("generic: arm64 build fetched too") << s("FROM debian:12\n"
        "RUN curl -LO https://example.com/tool_1.0_linux_amd64.tar.gz && curl -LO https://example.com/tool_1.0_linux_arm64.tar.gz\n")
        << QStringList{};
    QTest::newRow("generic: deb belongs to ARM203") << s("FROM debian:12\n"
        "RUN curl -LO https://example.com/tool_1.0_linux_amd64.deb\n") << QStringList{};
    QTest::newRow("generic: not a URL") << s("FROM debian:12\nRUN docker buildx build --platform linux/amd64 .\n") << QStringList{};
    QTest::newRow("generic: TARGETARCH") << s("FROM debian:12\nARG TARGETARCH\n"
        "RUN curl -LO https://example.com/tool_1.0_linux_${TARGETARCH}.tar.gz\n") << QStringList{};

    QTest::newRow("uname already") << s("FROM ubuntu:22.04\n"
        "RUN curl -fsSL \"https://awscli.amazonaws.com/awscli-exe-linux-$(uname -m).zip\" -o awscliv2.zip\n")
        << QStringList{};
    QTest::newRow("arch case branches") << s("FROM ubuntu:22.04\nRUN case \"$(uname -m)\" in \\\n"
        "      x86_64) curl -o aws.zip https://awscli.amazonaws.com/awscli-exe-linux-x86_64.zip ;; \\\n"
        "      aarch64) curl -o aws.zip https://awscli.amazonaws.com/awscli-exe-linux-aarch64.zip ;; \\\n"
        "    esac && unzip aws.zip\n")
        << QStringList{};
    QTest::newRow("Go tarball belongs to ARM201") << s("FROM debian:12\nRUN curl -LO https://go.dev/dl/go1.21.0.linux-amd64.tar.gz\n")
        << QStringList{};
    QTest::newRow("pinned amd64 stage") << s("FROM --platform=linux/amd64 debian:12\nRUN curl -LO https://dl.k8s.io/release/v1.29.0/bin/linux/amd64/kubectl\n")
        << QStringList{};
    QTest::newRow("both builds fetched") << s("FROM debian:12\n"
        "RUN curl -LO https://dl.k8s.io/release/v1.29.0/bin/linux/amd64/kubectl -LO https://dl.k8s.io/release/v1.29.0/bin/linux/arm64/kubectl\n")
        << QStringList{};
}

void TestRuleArm202::findings()
{
    QFETCH(QString, dockerfile);
    QFETCH(QStringList, expected);
    const QList<Finding> found = lint(QStringLiteral("ARM202"), dockerfile);
    QCOMPARE(ranges(found), expected);
    for (const Finding &f : found)
        checkFindingShape(f, QStringLiteral("ARM202"), Severity::Error);
}

void TestRuleArm202::fixes_data()
{
    QTest::addColumn<QString>("dockerfile");
    QTest::addColumn<int>("fix");
    QTest::addColumn<QString>("expected");

    QTest::newRow("aws: uname -m, no ARG needed") << s("FROM ubuntu:22.04\n"
        "RUN curl -fsSL \"https://awscli.amazonaws.com/awscli-exe-linux-x86_64.zip\" -o awscliv2.zip\n") << 0
        << s("FROM ubuntu:22.04\n"
        "RUN curl -fsSL \"https://awscli.amazonaws.com/awscli-exe-linux-$(uname -m).zip\" -o awscliv2.zip\n");
    QTest::newRow("aws: literal") << s("FROM ubuntu:22.04\n"
        "RUN curl -fsSL \"https://awscli.amazonaws.com/awscli-exe-linux-x86_64.zip\" -o awscliv2.zip\n") << 1
        << s("FROM ubuntu:22.04\n"
        "RUN curl -fsSL \"https://awscli.amazonaws.com/awscli-exe-linux-aarch64.zip\" -o awscliv2.zip\n");
    QTest::newRow("kubectl: TARGETARCH") << s("FROM debian:12 AS tools\nRUN curl -LO https://dl.k8s.io/release/v1.29.0/bin/linux/amd64/kubectl\n") << 0
        << s("FROM debian:12 AS tools\nARG TARGETARCH\nRUN curl -LO https://dl.k8s.io/release/v1.29.0/bin/linux/${TARGETARCH}/kubectl\n");
    QTest::newRow("node: case mapping renames the folder too") << s("FROM debian:12\n"
        "RUN curl -fsSLO https://nodejs.org/dist/v20.11.0/node-v20.11.0-linux-x64.tar.xz \\\n"
        "    && tar -xJf node-v20.11.0-linux-x64.tar.xz -C /opt \\\n"
        "    && mv /opt/node-v20.11.0-linux-x64 /opt/node\n") << 0
        << s("FROM debian:12\nARG TARGETARCH\n"
        "RUN case \"$TARGETARCH\" in amd64) NODE_ARCH=x64 ;; arm64) NODE_ARCH=arm64 ;; esac; "
        "curl -fsSLO https://nodejs.org/dist/v20.11.0/node-v20.11.0-linux-${NODE_ARCH}.tar.xz \\\n"
        "    && tar -xJf node-v20.11.0-linux-${NODE_ARCH}.tar.xz -C /opt \\\n"
        "    && mv /opt/node-v20.11.0-linux-${NODE_ARCH} /opt/node\n");
    QTest::newRow("helm: archive folder") << s("FROM alpine:3.19\n"
        "RUN wget -q https://get.helm.sh/helm-v3.14.0-linux-amd64.tar.gz && tar -xzf helm-v3.14.0-linux-amd64.tar.gz && mv linux-amd64/helm /usr/local/bin/helm\n") << 0
        << s("FROM alpine:3.19\nARG TARGETARCH\n"
        "RUN wget -q https://get.helm.sh/helm-v3.14.0-linux-${TARGETARCH}.tar.gz && tar -xzf helm-v3.14.0-linux-${TARGETARCH}.tar.gz && mv linux-${TARGETARCH}/helm /usr/local/bin/helm\n");
    QTest::newRow("generic: URL and extracted folder") << s("FROM debian:12\n"
        "RUN curl -fsSL https://example.com/dl/tool_1.2_linux_amd64.tar.gz | tar -xz && mv tool_1.2_linux_amd64/tool /usr/local/bin/\n") << 0
        << s("FROM debian:12\nARG TARGETARCH\n"
        "RUN curl -fsSL https://example.com/dl/tool_1.2_linux_${TARGETARCH}.tar.gz | tar -xz && mv tool_1.2_linux_${TARGETARCH}/tool /usr/local/bin/\n");
    QTest::newRow("tini without suffix in ADD") << s("FROM debian:12\nADD https://github.com/krallin/tini/releases/download/v0.19.0/tini /tini\n") << 0
        << s("FROM debian:12\nARG TARGETARCH\nADD https://github.com/krallin/tini/releases/download/v0.19.0/tini-${TARGETARCH} /tini\n");
    QTest::newRow("protoc heredoc: aarch_64 spelling") << s("FROM debian:12\nRUN <<EOF\nset -e\n"
        "curl -LO https://github.com/protocolbuffers/protobuf/releases/download/v25.1/protoc-25.1-linux-x86_64.zip\nEOF\n") << 0
        << s("FROM debian:12\nARG TARGETARCH\nRUN <<EOF\ncase \"$TARGETARCH\" in amd64) PROTOC_ARCH=x86_64 ;; arm64) PROTOC_ARCH=aarch_64 ;; esac; set -e\n"
        "curl -LO https://github.com/protocolbuffers/protobuf/releases/download/v25.1/protoc-25.1-linux-${PROTOC_ARCH}.zip\nEOF\n");
}

void TestRuleArm202::fixes()
{
    QFETCH(QString, dockerfile);
    QFETCH(int, fix);
    QFETCH(QString, expected);
    const QList<Finding> found = lint(QStringLiteral("ARM202"), dockerfile);
    QCOMPARE(found.size(), 1);
    int refused = -1;
    const QString result = applied(dockerfile, found.first(), fix, &refused);
    QCOMPARE(refused, 0);
    QCOMPARE(result, expected);
    QVERIFY(lint(QStringLiteral("ARM202"), result).isEmpty());
}

void TestRuleArm202::adActsOnlyLiterally()
{
    // ADD cannot run a case mapping: only the literal arm64 name is offered.
    const QString text = s("FROM debian:12\n"
        "ADD https://github.com/protocolbuffers/protobuf/releases/download/v25.1/protoc-25.1-linux-x86_64.zip /tmp/protoc.zip\n");
    const QList<Finding> found = lint(QStringLiteral("ARM202"), text);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().fixes.size(), 1);
    QCOMPARE(applied(text, found.first(), 0), s("FROM debian:12\n"
        "ADD https://github.com/protocolbuffers/protobuf/releases/download/v25.1/protoc-25.1-linux-aarch_64.zip /tmp/protoc.zip\n"));
}

void TestRuleArm202::checksumNote()
{
    const QString text = s("FROM debian:12\n"
        "RUN curl -LO https://get.helm.sh/helm-v3.14.0-linux-amd64.tar.gz \\\n"
        " && echo \"$HELM_SHA  helm-v3.14.0-linux-amd64.tar.gz\" | sha256sum -c -\n");
    const QList<Finding> found = lint(QStringLiteral("ARM202"), text);
    QCOMPARE(found.size(), 1);
    for (const Fix &fix : found.first().fixes)
        QVERIFY(fix.note.contains(QStringLiteral("line 2")));
}

QTEST_GUILESS_MAIN(TestRuleArm202)
#include "tst_rule_arm202.moc"
