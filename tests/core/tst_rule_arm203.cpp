// ARM203: amd64 .deb/.rpm packages, dpkg --add-architecture i386, gcc-multilib.
#include "PlatformDownloadHarness.h"

using namespace Armlift;
using namespace Armlift::Testing;

class TestRuleArm203 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findings_data();
    void findings();
    void fixes_data();
    void fixes();
    void noUnsafeRemoval_data();
    void noUnsafeRemoval();
};

static QString s(const char *text) { return QString::fromUtf8(text); }

void TestRuleArm203::findings_data()
{
    QTest::addColumn<QString>("dockerfile");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("deb download and install") << s("FROM debian:12\n"
        "RUN wget https://example.com/pkg/foo_1.2.3_amd64.deb && dpkg -i foo_1.2.3_amd64.deb\n")
        << list({"2:34-2:53"});
    QTest::newRow("rpm") << s("FROM rockylinux:9\n"
        "RUN curl -LO https://example.com/foo-1.0-1.x86_64.rpm && rpm -i foo-1.0-1.x86_64.rpm\n")
        << list({"2:34-2:54"});
    QTest::newRow("add-architecture i386") << s("FROM ubuntu:22.04\n"
        "RUN dpkg --add-architecture i386 && apt-get update && apt-get install -y curl\n")
        << list({"2:10-2:33"});
    QTest::newRow("gcc-multilib") << s("FROM debian:12\n"
        "RUN apt-get update && apt-get install -y --no-install-recommends \\\n    gcc-multilib \\\n    make\n")
        << list({"3:5-3:17"});
    QTest::newRow("android sdk multilib libraries") << s("FROM ubuntu:22.04\n"
        "RUN apt-get install -y unzip lib32stdc++6 lib32z1\n")
        << list({"2:30-2:42", "2:43-2:50"});
    QTest::newRow("deb named linux-amd64") << s("FROM debian:12\n"
        "RUN wget https://github.com/gohugoio/hugo/releases/download/v0.123.7/hugo_extended_0.123.7_linux-amd64.deb\n")
        << list({"2:70-2:107"});
    QTest::newRow("deb named with x86_64") << s("FROM ubuntu:22.04\n"
        "RUN curl -LO https://fastdl.mongodb.org/tools/db/mongodb-database-tools-ubuntu2204-x86_64-100.9.4.deb\n")
        << list({"2:50-2:102"});
    QTest::newRow("rpm named with -x86_64-") << s("FROM rockylinux:9\n"
        "RUN dnf install -y https://fastdl.mongodb.org/tools/db/mongodb-database-tools-rhel90-x86_64-100.9.4.rpm\n")
        << list({"2:56-2:104"});
    QTest::newRow("deb in ADD") << s("FROM debian:12\nADD https://example.com/foo_2.0_amd64.deb /tmp/\n")
        << list({"2:25-2:42"});

    QTest::newRow("dpkg architecture already") << s("FROM debian:12\n"
        "RUN wget https://example.com/pkg/foo_1.2.3_$(dpkg --print-architecture).deb\n")
        << QStringList{};
    QTest::newRow("arch conditional") << s("FROM debian:12\nRUN if [ \"$(dpkg --print-architecture)\" = amd64 ]; then "
        "wget https://example.com/pkg/foo_1.2.3_amd64.deb; fi\n")
        << QStringList{};
    QTest::newRow("x86_64 and arm64 debs, one per branch") << s("FROM ubuntu:22.04\n"
        "RUN case \"$(uname -m)\" in x86_64) A=x86_64 ;; aarch64) A=arm64 ;; esac; "
        "curl -LO https://fastdl.mongodb.org/tools/db/mongodb-database-tools-ubuntu2204-${A}-100.9.4.deb\n")
        << QStringList{};
    QTest::newRow("both packages") << s("FROM debian:12\n"
        "RUN wget https://example.com/foo_1_amd64.deb https://example.com/foo_1_arm64.deb\n")
        << QStringList{};
    QTest::newRow("chrome is ARM601's") << s("FROM debian:12\n"
        "RUN wget https://dl.google.com/linux/direct/google-chrome-stable_current_amd64.deb\n")
        << QStringList{};
    QTest::newRow("arm64 architecture added") << s("FROM debian:12\nRUN dpkg --add-architecture arm64\n")
        << QStringList{};
    QTest::newRow("pinned amd64 stage") << s("FROM --platform=linux/amd64 ubuntu:22.04\n"
        "RUN dpkg --add-architecture i386 && apt-get install -y gcc-multilib make\n")
        << QStringList{};
    QTest::newRow("gcc-multilib not installed") << s("FROM debian:12\nRUN echo gcc-multilib\n")
        << QStringList{};
}

void TestRuleArm203::findings()
{
    QFETCH(QString, dockerfile);
    QFETCH(QStringList, expected);
    const QList<Finding> found = lint(QStringLiteral("ARM203"), dockerfile);
    QCOMPARE(ranges(found), expected);
    for (const Finding &f : found)
        checkFindingShape(f, QStringLiteral("ARM203"), Severity::Error);
}

void TestRuleArm203::fixes_data()
{
    QTest::addColumn<QString>("dockerfile");
    QTest::addColumn<int>("fix");
    QTest::addColumn<QString>("expected");

    QTest::newRow("deb: dpkg architecture") << s("FROM debian:12\n"
        "RUN wget https://example.com/pkg/foo_1.2.3_amd64.deb && dpkg -i foo_1.2.3_amd64.deb\n") << 0
        << s("FROM debian:12\n"
        "RUN wget https://example.com/pkg/foo_1.2.3_$(dpkg --print-architecture).deb && dpkg -i foo_1.2.3_$(dpkg --print-architecture).deb\n");
    QTest::newRow("deb: literal") << s("FROM debian:12\n"
        "RUN wget https://example.com/pkg/foo_1.2.3_amd64.deb && dpkg -i foo_1.2.3_amd64.deb\n") << 1
        << s("FROM debian:12\nRUN wget https://example.com/pkg/foo_1.2.3_arm64.deb && dpkg -i foo_1.2.3_arm64.deb\n");
    QTest::newRow("deb in ADD: TARGETARCH") << s("FROM debian:12\nADD https://example.com/foo_2.0_amd64.deb /tmp/\n") << 0
        << s("FROM debian:12\nARG TARGETARCH\nADD https://example.com/foo_2.0_${TARGETARCH}.deb /tmp/\n");
    QTest::newRow("rpm: uname") << s("FROM rockylinux:9\n"
        "RUN curl -LO https://example.com/foo-1.0-1.x86_64.rpm && rpm -i foo-1.0-1.x86_64.rpm\n") << 0
        << s("FROM rockylinux:9\n"
        "RUN curl -LO https://example.com/foo-1.0-1.$(uname -m).rpm && rpm -i foo-1.0-1.$(uname -m).rpm\n");
    QTest::newRow("remove add-architecture first") << s("FROM ubuntu:22.04\n"
        "RUN dpkg --add-architecture i386 && apt-get update && apt-get install -y curl\n") << 0
        << s("FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y curl\n");
    QTest::newRow("remove add-architecture last") << s("FROM ubuntu:22.04\n"
        "RUN apt-get update && \\\n    dpkg --add-architecture i386\n") << 0
        << s("FROM ubuntu:22.04\nRUN apt-get update\n");
    QTest::newRow("remove gcc-multilib") << s("FROM debian:12\n"
        "RUN apt-get update && apt-get install -y --no-install-recommends \\\n    gcc-multilib \\\n    make\n") << 0
        << s("FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends \\\n    make\n");
}

void TestRuleArm203::fixes()
{
    QFETCH(QString, dockerfile);
    QFETCH(int, fix);
    QFETCH(QString, expected);
    const QList<Finding> found = lint(QStringLiteral("ARM203"), dockerfile);
    QCOMPARE(found.size(), 1);
    int refused = -1;
    const QString result = applied(dockerfile, found.first(), fix, &refused);
    QCOMPARE(refused, 0);
    QCOMPARE(result, expected);
    QVERIFY(lint(QStringLiteral("ARM203"), result).isEmpty());
}

void TestRuleArm203::noUnsafeRemoval_data()
{
    QTest::addColumn<QString>("dockerfile");
    QTest::newRow(":i386 packages installed") << s("FROM ubuntu:22.04\n"
        "RUN dpkg --add-architecture i386 && apt-get update && apt-get install -y libc6:i386\n");
    QTest::newRow("only command") << s("FROM ubuntu:22.04\nRUN dpkg --add-architecture i386\n");
    QTest::newRow("piped") << s("FROM ubuntu:22.04\nRUN dpkg --add-architecture i386 | tee log\n");
    QTest::newRow("only package") << s("FROM debian:12\nRUN apt-get install -y gcc-multilib\n");
}

void TestRuleArm203::noUnsafeRemoval()
{
    QFETCH(QString, dockerfile);
    const QList<Finding> found = lint(QStringLiteral("ARM203"), dockerfile);
    QCOMPARE(found.size(), 1);
    QVERIFY(found.first().fixes.isEmpty());
}

QTEST_GUILESS_MAIN(TestRuleArm203)
#include "tst_rule_arm203.moc"
