// ARM601: x86-only artefacts (Google Chrome, emsdk, PhantomJS …).
#include "PlatformDownloadHarness.h"

using namespace Armlift;
using namespace Armlift::Testing;

class TestRuleArm601 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void findings_data();
    void findings();
    void fixes_data();
    void fixes();
    void noFix_data();
    void noFix();
};

static QString s(const char *text) { return QString::fromUtf8(text); }

static const char *chromeDeb =
    "FROM debian:12\n"
    "RUN apt-get update \\\n"
    " && wget -q https://dl.google.com/linux/direct/google-chrome-stable_current_amd64.deb \\\n"
    " && apt-get install -y ./google-chrome-stable_current_amd64.deb \\\n"
    " && rm google-chrome-stable_current_amd64.deb\n";

static const char *emsdkStage =
    "FROM debian:12 AS wasm\n"
    "RUN git clone https://github.com/emscripten-core/emsdk.git && cd emsdk && ./emsdk install 3.1.0 && ./emsdk activate 3.1.0\n"
    "FROM nginx:1.25\n"
    "COPY --from=wasm /out /usr/share/nginx/html\n";

void TestRuleArm601::findings_data()
{
    QTest::addColumn<QString>("dockerfile");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("chrome deb") << s(chromeDeb) << list({"3:48-3:86"});
    QTest::newRow("chrome from Google's apt repo") << s("FROM debian:12\nRUN apt-get install -y google-chrome-stable\n")
        << list({"2:24-2:44"});
    QTest::newRow("emsdk install") << s(emsdkStage) << list({"2:75-2:90"});
    QTest::newRow("phantomjs") << s("FROM debian:12\n"
        "RUN curl -LO https://bitbucket.org/ariya/phantomjs/downloads/phantomjs-2.1.1-linux-x86_64.tar.bz2\n")
        << list({"2:62-2:98"});
    QTest::newRow("jq 1.6") << s("FROM debian:12\n"
        "RUN curl -Lo /usr/local/bin/jq https://github.com/stedolan/jq/releases/download/jq-1.6/jq-linux64\n")
        << list({"2:88-2:98"});
    QTest::newRow("chromedriver 114") << s("FROM python:3.11\n"
        "RUN wget -q https://chromedriver.storage.googleapis.com/114.0.5735.90/chromedriver_linux64.zip\n")
        << list({"2:71-2:95"});
    QTest::newRow("chrome for testing 123") << s("FROM python:3.11\n"
        "RUN curl -fsSLO https://storage.googleapis.com/chrome-for-testing-public/123.0.6312.58/linux64/chromedriver-linux64.zip\n")
        << list({"2:73-2:120"});
    QTest::newRow("chrome for testing 153 has linux-arm64") << s("FROM python:3.11\n"
        "RUN curl -fsSLO https://storage.googleapis.com/chrome-for-testing-public/153.0.8001.0/linux-arm64/chromedriver-linux-arm64.zip\n")
        << QStringList{};

    QTest::newRow("emsdk on BUILDPLATFORM") << s("FROM --platform=$BUILDPLATFORM debian:12 AS wasm\n"
        "RUN ./emsdk install latest\nFROM nginx:1.25\nCOPY --from=wasm /out /usr/share/nginx/html\n")
        << QStringList{};
    QTest::newRow("emsdk activate only") << s("FROM debian:12\nRUN ./emsdk activate latest\n") << QStringList{};
    QTest::newRow("chrome in amd64 branch") << s("FROM debian:12\nRUN if [ \"$(dpkg --print-architecture)\" = amd64 ]; then "
        "apt-get install -y google-chrome-stable; else apt-get install -y chromium; fi\n")
        << QStringList{};
    QTest::newRow("running chrome is not installing it") << s("FROM debian:12\nRUN google-chrome-stable --version\n")
        << QStringList{};
    QTest::newRow("debian chromium") << s("FROM debian:12\nRUN apt-get install -y chromium\n") << QStringList{};
}

void TestRuleArm601::findings()
{
    QFETCH(QString, dockerfile);
    QFETCH(QStringList, expected);
    const QList<Finding> found = lint(QStringLiteral("ARM601"), dockerfile);
    QCOMPARE(ranges(found), expected);
    for (const Finding &f : found)
        checkFindingShape(f, QStringLiteral("ARM601"), Severity::Error);
}

void TestRuleArm601::fixes_data()
{
    QTest::addColumn<QString>("dockerfile");
    QTest::addColumn<QString>("expected");

    QTest::newRow("chrome deb -> chromium") << s(chromeDeb)
        << s("FROM debian:12\nRUN apt-get update \\\n && apt-get install -y chromium\n");
    QTest::newRow("chrome apt -> chromium") << s("FROM debian:12\nRUN apt-get install -y google-chrome-stable fonts-liberation\n")
        << s("FROM debian:12\nRUN apt-get install -y chromium fonts-liberation\n");
    QTest::newRow("emsdk stage on BUILDPLATFORM") << s(emsdkStage)
        << s("FROM --platform=$BUILDPLATFORM debian:12 AS wasm\n"
             "RUN git clone https://github.com/emscripten-core/emsdk.git && cd emsdk && ./emsdk install 3.1.0 && ./emsdk activate 3.1.0\n"
             "FROM nginx:1.25\nCOPY --from=wasm /out /usr/share/nginx/html\n");
}

void TestRuleArm601::fixes()
{
    QFETCH(QString, dockerfile);
    QFETCH(QString, expected);
    const QList<Finding> found = lint(QStringLiteral("ARM601"), dockerfile);
    QCOMPARE(found.size(), 1);
    int refused = -1;
    const QString result = applied(dockerfile, found.first(), 0, &refused);
    QCOMPARE(refused, 0);
    QCOMPARE(result, expected);
    QVERIFY(!found.first().fixes.first().note.isEmpty());
    QVERIFY(lint(QStringLiteral("ARM601"), result).isEmpty());
}

void TestRuleArm601::noFix_data()
{
    QTest::addColumn<QString>("dockerfile");
    QTest::newRow("ubuntu: chromium is a snap") << s("FROM ubuntu:22.04\nRUN apt-get install -y google-chrome-stable\n");
    QTest::newRow("deb installed with dpkg -i") << s("FROM debian:12\n"
        "RUN wget https://dl.google.com/linux/direct/google-chrome-stable_current_amd64.deb && dpkg -i google-chrome-stable_current_amd64.deb\n");
    QTest::newRow("emsdk in the final stage") << s("FROM debian:12\nRUN ./emsdk install latest\n");
    QTest::newRow("phantomjs") << s("FROM debian:12\nRUN curl -LO https://example.com/phantomjs-2.1.1-linux-x86_64.tar.bz2\n");
    QTest::newRow("chromedriver 114") << s("FROM debian:12\nRUN curl -LO https://chromedriver.storage.googleapis.com/114.0.5735.90/chromedriver_linux64.zip\n");
}

void TestRuleArm601::noFix()
{
    QFETCH(QString, dockerfile);
    const QList<Finding> found = lint(QStringLiteral("ARM601"), dockerfile);
    QCOMPARE(found.size(), 1);
    QVERIFY(found.first().fixes.isEmpty());
}

QTEST_GUILESS_MAIN(TestRuleArm601)
#include "tst_rule_arm601.moc"
