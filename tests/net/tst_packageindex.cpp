// PyPI and go.dev clients against a loopback HTTP server serving recorded JSON with the
// real schemas (tests/data/online), including the faults real servers show.

#include "LoopbackHttpServer.h"
#include "OnlineTestSupport.h"
#include "online/OnlineCheckThread.h"
#include "online/WheelTags.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTimer>
#include <QTranslator>

using namespace Armlift;
using namespace OnlineTest;
using namespace Qt::StringLiterals;

class TestPackageIndex : public QObject
{
    Q_OBJECT

    LoopbackHttpServer *m_server = nullptr;
    QHash<QByteArray, QList<LoopbackHttpServer::Reply>> m_faults; // served first, in order, per path
    std::unique_ptr<QTemporaryDir> m_cache;

    OnlineSettings settings() const
    {
        OnlineSettings s;
        s.pypiUrl = m_server->url() + u"/pypi"_s;
        s.goDlUrl = m_server->url() + u"/dl/"_s;
        s.cacheDir = m_cache->path();
        s.checkImages = false; // base images here are Docker Hub names: never leave loopback
        s.connectTimeoutMs = 2000;
        s.totalTimeoutMs = 5000;
        s.maxRetryDelayMs = 1500;
        return s;
    }

    static QByteArray fixture(const QString &name)
    {
        QFile f(QStringLiteral(ARMLIFT_TEST_DATA "/online/") + name);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return f.readAll();
    }

    OnlineReport check(const QByteArray &dockerfile, const OnlineSettings &s)
    {
        QTemporaryDir dir;
        const ScanResult offline = scanProject(dir, {{u"Dockerfile"_s, dockerfile}});
        return runOnlineChecks(offline, s);
    }

private Q_SLOTS:
    void init()
    {
        m_server = new LoopbackHttpServer(this);
        QVERIFY(m_server->listen());
        m_faults.clear();
        m_cache = std::make_unique<QTemporaryDir>();
        m_server->setHandler([this](const LoopbackHttpServer::Request &req) {
            auto &faults = m_faults[req.target];
            if (!faults.isEmpty())
                return faults.takeFirst();
            LoopbackHttpServer::Reply r;
            if (req.target == "/dl/?mode=json&include=all") {
                r.body = fixture(u"go-dl.json"_s);
            } else if (req.target.startsWith("/pypi/") && req.target.endsWith("/json")) {
                r.body = fixture(u"pypi/"_s + QString::fromLatin1(req.target.split('/').value(2)) + u".json"_s);
            }
            if (r.body.isEmpty()) {
                r.status = 404;
                r.body = R"({"message": "Not Found"})";
            }
            return r;
        });
    }

    void cleanup()
    {
        delete m_server;
        m_server = nullptr;
    }

    void wheelNames_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("minor");
        QTest::addColumn<bool>("musl");
        QTest::addColumn<bool>("installs");
        QTest::newRow("cp38 manylinux2014 on 3.8") << u"numpy-1.19.0-cp38-cp38-manylinux2014_aarch64.whl"_s << 8 << false << true;
        QTest::newRow("cp38 on 3.9") << u"numpy-1.19.0-cp38-cp38-manylinux2014_aarch64.whl"_s << 9 << false << false;
        QTest::newRow("x86_64 only") << u"numpy-1.18.5-cp38-cp38-manylinux1_x86_64.whl"_s << 8 << false << false;
        QTest::newRow("abi3 cp37 on 3.11") << u"x-1.2-cp37-abi3-manylinux_2_17_aarch64.manylinux2014_aarch64.whl"_s << 11 << false << true;
        QTest::newRow("abi3 cp37 on 3.6") << u"x-1.2-cp37-abi3-manylinux_2_17_aarch64.whl"_s << 6 << false << false;
        QTest::newRow("pure") << u"requests-2.25.1-py2.py3-none-any.whl"_s << 12 << true << true;
        QTest::newRow("musllinux on alpine") << u"x-1-cp311-cp311-musllinux_1_1_aarch64.whl"_s << 11 << true << true;
        QTest::newRow("manylinux on alpine") << u"x-1-cp311-cp311-manylinux_2_28_aarch64.whl"_s << 11 << true << false;
        QTest::newRow("musllinux on glibc") << u"x-1-cp311-cp311-musllinux_1_1_aarch64.whl"_s << 11 << false << false;
        QTest::newRow("build tag") << u"x-1-1b-cp310-cp310-manylinux_2_28_aarch64.whl"_s << 10 << false << true;
    }

    void wheelNames()
    {
        QFETCH(QString, file);
        QFETCH(int, minor);
        QFETCH(bool, musl);
        QFETCH(bool, installs);
        PythonTarget t;
        t.minor = minor;
        t.libc = musl ? PythonTarget::Libc::Musl : PythonTarget::Libc::Glibc;
        QCOMPARE(ReleaseWheels::fromFileNames({file}).hasWheelFor(t), installs);
    }

    void pythonFromImage_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("guessed");
        QTest::newRow("python slim") << u"python:3.8-slim"_s << u"3.8"_s << false;
        QTest::newRow("python alpine") << u"docker.io/library/python:3.11-alpine3.18"_s << u"3.11"_s << false;
        QTest::newRow("ubuntu focal") << u"ubuntu:20.04"_s << u"3.8"_s << true;
        QTest::newRow("ubuntu jammy") << u"ubuntu:jammy"_s << u"3.10"_s << true;
        QTest::newRow("debian bookworm slim") << u"debian:bookworm-slim"_s << u"3.11"_s << true;
        QTest::newRow("unknown") << u"registry.example.com/base:7"_s << QString() << false;
        QTest::newRow("python latest") << u"python"_s << QString() << false;
    }

    void pythonFromImage()
    {
        QFETCH(QString, image);
        QFETCH(QString, version);
        QFETCH(bool, guessed);
        const PythonTarget t = PythonTarget::fromImage(image);
        QCOMPARE(t.knowsVersion() ? t.versionText() : QString(), version);
        QCOMPARE(t.guessed, guessed);
    }

    void numpyBelowFirstWheel()
    {
        const OnlineReport r = check("FROM python:3.8-slim\nRUN pip install numpy==1.18.5\n", settings());
        const QList<Finding> f = findingsOf(r.result, u"ARM301"_s);
        QVERIFY2(f.size() == 1, qPrintable(describe(r)));
        QCOMPARE(f.first().source, u"pypi"_s);
        QVERIFY2(f.first().message.contains(u"CPython 3.8"_s), qPrintable(f.first().message));
        QCOMPARE(f.first().range.line, 2);
        QVERIFY(!f.first().fixes.isEmpty());
        QCOMPARE(f.first().fixes.first().edits.first().newText, u"1.19.0"_s);
        QCOMPARE(r.sources.value(u"pypi"_s).state, OnlineSourceStatus::State::Online);
        QCOMPARE(r.requests, 1);
    }

    void goodForKnowledgeBaseButNotForThisPython()
    {
        // The knowledge base says 1.19.0 has aarch64 wheels, but not for CPython 3.9.
        const OnlineReport r = check("FROM python:3.9-slim\nRUN pip install numpy==1.19.0\n", settings());
        const QList<Finding> f = findingsOf(r.result, u"ARM301"_s);
        QVERIFY2(f.size() == 1, qPrintable(describe(r)));
        QCOMPARE(f.first().source, u"pypi"_s);
        QCOMPARE(f.first().fixes.first().edits.first().newText, u"1.19.3"_s);
        QVERIFY(f.first().help.contains(u"3.9"_s));
    }

    void pythonGuessedFromDistribution()
    {
        const QByteArray focal = "FROM ubuntu:20.04\nRUN apt-get update && apt-get install -y python3-pip && pip3 install numpy==1.19.0\n";
        QVERIFY2(findingsOf(check(focal, settings()).result, u"ARM301"_s).isEmpty(), "3.8 has a 1.19.0 wheel");
        const QByteArray jammy = "FROM ubuntu:22.04\nRUN apt-get update && apt-get install -y python3-pip && pip3 install numpy==1.19.0\n";
        const OnlineReport r = check(jammy, settings());
        const QList<Finding> f = findingsOf(r.result, u"ARM301"_s);
        QVERIFY2(f.size() == 1, qPrintable(describe(r)));
        QVERIFY2(f.first().message.contains(u"guessed from ubuntu:22.04"_s), qPrintable(f.first().message));
    }

    void unknownPackageUnknownPython()
    {
        OnlineReport r = check("FROM registry.example.com/base:7\nRUN pip install examplenative==1.0\n", settings());
        QList<Finding> f = findingsOf(r.result, u"ARM301"_s);
        QVERIFY2(f.size() == 1, qPrintable(describe(r)));
        QVERIFY(f.first().message.contains(u"any CPython version"_s));
        QCOMPARE(f.first().fixes.first().edits.first().newText, u"1.1"_s);
        QVERIFY2(f.first().help.contains(u"CPython 3.8"_s), qPrintable(f.first().help));
        // 1.1 has a wheel for some CPython: without knowing the image's, no finding.
        r = check("FROM registry.example.com/base:7\nRUN pip install examplenative==1.1\n", settings());
        QVERIFY2(findingsOf(r.result, u"ARM301"_s).isEmpty(), qPrintable(describe(r)));
    }

    // ARM301's glibc floor (greenlet 3.3.0 ships only manylinux_2_28 aarch64 wheels; CentOS 7 has
    // glibc 2.17) survives the online check: PyPI's wheel list confirms it, it does not erase it.
    void glibcFloorSurvivesOnline()
    {
        const QByteArray centos = "FROM centos:7\nRUN pip3 install greenlet==3.3.0\n";
        QTemporaryDir dir;
        const ScanResult offline = scanProject(dir, {{u"Dockerfile"_s, centos}});
        const QList<Finding> before = findingsOf(offline, u"ARM301"_s);
        QVERIFY2(before.size() == 1 && before.first().message.contains(u"glibc 2.17"_s), "offline glibc-floor finding");

        const OnlineReport r = runOnlineChecks(offline, settings());
        const QList<Finding> f = findingsOf(r.result, u"ARM301"_s);
        QVERIFY2(f.size() == 1, qPrintable(describe(r)));
        QCOMPARE(f.first().source, u"pypi"_s);
        QCOMPARE(f.first().range.line, 2);
        QVERIFY2(f.first().message.contains(u"glibc 2.28 or later, but centos:7 has glibc 2.17"_s),
                 qPrintable(f.first().message));
        QVERIFY(f.first().fixes.isEmpty()); // no later release has older-glibc wheels
        QCOMPARE(r.sources.value(u"pypi"_s).state, OnlineSourceStatus::State::Online);

        // manylinux2014 (glibc 2.17) wheels install on CentOS 7; an image of unknown glibc is not flagged.
        QVERIFY2(findingsOf(check("FROM centos:7\nRUN pip3 install greenlet==3.2.4\n", settings()).result, u"ARM301"_s).isEmpty(),
                 "3.2.4 has manylinux2014 aarch64 wheels");
        QVERIFY2(findingsOf(check("FROM debian:bookworm\nRUN pip install greenlet==3.3.0\n", settings()).result, u"ARM301"_s).isEmpty(),
                 "bookworm has glibc 2.36");
    }

    // The online texts are looked up in the context lupdate files them under ("Armlift").
    void messagesFollowTheLanguage()
    {
        QTranslator de;
        QVERIFY(de.load(u":/i18n/armlift_de.qm"_s));
        QCoreApplication::installTranslator(&de);
        const OnlineReport r = check("FROM python:3.8-slim\nRUN pip install numpy==1.18.5\n", settings());
        QCoreApplication::removeTranslator(&de);
        const QList<Finding> f = findingsOf(r.result, u"ARM301"_s);
        QVERIFY2(f.size() == 1, qPrintable(describe(r)));
        QVERIFY2(f.first().message.contains(u"hat auf PyPI kein aarch64-Wheel"_s), qPrintable(f.first().message));
    }

    void manylinuxGlibc_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("glibc");
        QTest::newRow("manylinux1") << u"manylinux1_x86_64"_s << u"2.5"_s;
        QTest::newRow("manylinux2014") << u"manylinux2014_aarch64"_s << u"2.17"_s;
        QTest::newRow("PEP 600") << u"manylinux_2_28_aarch64"_s << u"2.28"_s;
        QTest::newRow("musl") << u"musllinux_1_1_aarch64"_s << QString();
        QTest::newRow("macOS") << u"macosx_11_0_arm64"_s << QString();
    }

    void manylinuxGlibc()
    {
        QFETCH(QString, tag);
        QFETCH(QString, glibc);
        QCOMPARE(WheelName::manylinuxGlibc(tag), glibc);
        WheelName w;
        QVERIFY(WheelName::parse(u"x-1.0-cp311-cp311-manylinux_2_28_aarch64.whl"_s, &w));
        QVERIFY(w.installsOnLinuxAarch64(PythonTarget::Libc::Glibc));
        QVERIFY(w.installsOnLinuxAarch64(PythonTarget::Libc::Glibc, u"2.31"_s));
        QVERIFY(!w.installsOnLinuxAarch64(PythonTarget::Libc::Glibc, u"2.26"_s));
    }

    void pureProjectIsNeverFlagged()
    {
        const OnlineReport r = check("FROM python:3.12-slim\nRUN pip install requests==2.25.1\n", settings());
        QVERIFY2(r.result.findings.isEmpty(), qPrintable(describe(r)));
        QVERIFY(r.problems.isEmpty());
    }

    void goChecksumsFromGoDev()
    {
        const QByteArray df =
            "FROM debian:bookworm\n"
            "RUN curl -fsSLO https://go.dev/dl/go1.19.5.linux-amd64.tar.gz \\\n"
            " && echo \"36519702ae2fd573c9869461990ae550c8c0d955cd28d2827a6b159fda81ff95  go1.19.5.linux-amd64.tar.gz\" | sha256sum -c - \\\n"
            " && tar -C /usr/local -xzf go1.19.5.linux-amd64.tar.gz\n";
        QTemporaryDir dir;
        const ScanResult offline = scanProject(dir, {{u"Dockerfile"_s, df}});
        const QList<Finding> before = findingsOf(offline, u"ARM201"_s);
        QCOMPARE(before.size(), 1);
        QVERIFY2(!anyEditWrites(before.first(), u"fc0aa29c"_s), "1.19.5 is not in the bundled knowledge base");
        const OnlineReport r = runOnlineChecks(offline, settings());
        const QList<Finding> after = findingsOf(r.result, u"ARM201"_s);
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.first().source, u"go.dev"_s);
        QVERIFY(anyEditWrites(after.first(), u"fc0aa29c933cec8d76f5435d859aaf42249aa08c74eb2d154689ae44c08d23b3"_s));
        QVERIFY(anyEditWrites(after.first(), u"case \"$TARGETARCH\""_s));
        QVERIFY2(after.first().help.contains(u"1.19.6"_s), qPrintable(after.first().help));
    }

    void repeatScanMakesNoRequest()
    {
        const QByteArray df = "FROM python:3.8-slim\nRUN pip install numpy==1.18.5 requests==2.25.1\n";
        const OnlineReport first = check(df, settings());
        QCOMPARE(first.requests, 2);
        const qsizetype served = m_server->requests.size();
        const OnlineReport second = check(df, settings());
        QCOMPARE(second.requests, 0);
        QCOMPARE(m_server->requests.size(), served);
        const QList<Finding> f = findingsOf(second.result, u"ARM301"_s);
        QCOMPARE(f.size(), 1);
        QCOMPARE(f.first().source, u"cache"_s);
        QCOMPARE(second.sources.value(u"pypi"_s).state, OnlineSourceStatus::State::Cache);
    }

    void staleCacheIsTheFallbackWhenTheServerIsGone()
    {
        OnlineSettings s = settings();
        s.ttlSeconds = 0; // every cached answer is stale: each scan asks again
        const QByteArray df = "FROM python:3.9-slim\nRUN pip install numpy==1.19.0\n";
        QCOMPARE(findingsOf(check(df, s).result, u"ARM301"_s).size(), 1);
        m_server->close();
        const OnlineReport r = check(df, s);
        QVERIFY(r.requests >= 1);
        const QList<Finding> f = findingsOf(r.result, u"ARM301"_s);
        QVERIFY2(f.size() == 1, qPrintable(describe(r)));
        QCOMPARE(f.first().source, u"cache"_s);
        QVERIFY(f.first().help.contains(u"cache"_s));
    }

    void offlineWithoutCacheKeepsTheKnowledgeBase()
    {
        OnlineSettings s = settings();
        s.offline = true;
        const OnlineReport r = check("FROM python:3.8-slim\nRUN pip install numpy==1.18.5\n", s);
        QCOMPARE(r.requests, 0);
        QVERIFY(m_server->requests.isEmpty());
        const QList<Finding> f = findingsOf(r.result, u"ARM301"_s);
        QCOMPARE(f.size(), 1);
        QCOMPARE(f.first().source, u"rules"_s);
        QCOMPARE(r.sources.value(u"pypi"_s).state, OnlineSourceStatus::State::Offline);
    }

    void retriesAfter429HonouringRetryAfter()
    {
        m_faults["/pypi/numpy/json"] = {{429, "{}", {{"Retry-After", "1"}}, false, -1}};
        QElapsedTimer t;
        t.start();
        const OnlineReport r = check("FROM python:3.8-slim\nRUN pip install numpy==1.18.5\n", settings());
        QVERIFY(t.elapsed() >= 900);
        QCOMPARE(r.requests, 2);
        QCOMPARE(findingsOf(r.result, u"ARM301"_s).value(0).source, u"pypi"_s);
    }

    void retriesServerErrorsThenGivesUp()
    {
        m_faults["/pypi/numpy/json"] = {{500, "oops", {}, false, -1}, {503, "busy", {}, false, -1}, {502, "bad", {}, false, -1}};
        const OnlineReport r = check("FROM python:3.8-slim\nRUN pip install numpy==1.18.5\n", settings());
        QCOMPARE(r.requests, 3); // first try + settings().retries
        QCOMPARE(r.problems.size(), 1);
        QVERIFY2(r.problems.first().message.startsWith(u"Dockerfile:2: cannot check numpy==1.18.5 on PyPI"_s),
                 qPrintable(r.problems.first().message));
        QCOMPARE(findingsOf(r.result, u"ARM301"_s).value(0).source, u"rules"_s); // the bundled fact stays
    }

    void malformedJsonIsAProblemNotACrash()
    {
        m_faults["/pypi/examplenative/json"] = {{200, "{\"releases\": {\"1.0\": [", {}, false, -1}};
        const OnlineReport r = check("FROM python:3.8-slim\nRUN pip install examplenative==1.0\n", settings());
        QCOMPARE(r.problems.size(), 1);
        QVERIFY2(r.problems.first().message.contains(u"malformed JSON"_s), qPrintable(r.problems.first().message));
        QCOMPARE(r.problems.first().line, 2);
        QVERIFY(r.result.findings.isEmpty());
    }

    void hugeBodyIsRefused()
    {
        m_faults["/pypi/examplenative/json"] = {{200, {}, {}, false, 50LL * 1024 * 1024}};
        QElapsedTimer t;
        t.start();
        const OnlineReport r = check("FROM python:3.8-slim\nRUN pip install examplenative==1.0\n", settings());
        QCOMPARE(r.problems.size(), 1);
        QVERIFY2(r.problems.first().message.contains(u"larger than"_s), qPrintable(r.problems.first().message));
        QVERIFY(t.elapsed() < 5000);
    }

    void silentServerTimesOut()
    {
        m_faults["/pypi/examplenative/json"] = {{200, {}, {}, true, -1}};
        OnlineSettings s = settings();
        s.connectTimeoutMs = 400;
        s.totalTimeoutMs = 800;
        QElapsedTimer t;
        t.start();
        const OnlineReport r = check("FROM python:3.8-slim\nRUN pip install examplenative==1.0\n", s);
        QVERIFY(t.elapsed() < 3000);
        QCOMPARE(r.problems.size(), 1);
        QVERIFY2(r.problems.first().message.contains(u"in time"_s), qPrintable(r.problems.first().message));
        QCOMPARE(r.sources.value(u"pypi"_s).state, OnlineSourceStatus::State::Failed);
    }

    void runsOnAWorkerThread()
    {
        QTemporaryDir dir;
        const ScanResult offline = scanProject(dir, {{u"Dockerfile"_s, "FROM python:3.9-slim\nRUN pip install numpy==1.19.0\n"}});
        OnlineCheckThread worker;
        QSignalSpy spy(&worker, &OnlineCheckThread::finished);
        worker.start(offline, settings());
        QVERIFY(worker.isRunning());
        QVERIFY(spy.wait(5000));
        QVERIFY(!worker.isRunning());
        const OnlineReport r = spy.first().first().value<OnlineReport>();
        QCOMPARE(findingsOf(r.result, u"ARM301"_s).size(), 1);
        // A second start() replaces a running check: only the second one reports.
        m_faults["/pypi/numpy/json"] = {{200, {}, {}, true, -1}};
        OnlineSettings s = settings();
        s.cacheDir = dir.filePath(u"empty-cache"_s);
        worker.start(offline, s);
        worker.start(offline, settings());
        QVERIFY(spy.wait(5000));
        QTest::qWait(300);
        QCOMPARE(spy.size(), 2);
    }

    void cancelStopsAtOnce()
    {
        m_faults["/pypi/numpy/json"] = {{200, {}, {}, true, -1}};
        QTemporaryDir dir;
        const ScanResult offline = scanProject(dir, {{u"Dockerfile"_s, "FROM python:3.8-slim\nRUN pip install numpy==1.18.5\n"}});
        OnlineChecker checker(settings());
        QSignalSpy spy(&checker, &OnlineChecker::finished);
        checker.start(offline);
        QTimer::singleShot(200, &checker, &OnlineChecker::cancel);
        QElapsedTimer t;
        t.start();
        QVERIFY(spy.wait(3000));
        QVERIFY(t.elapsed() < 1500);
        const OnlineReport r = spy.first().first().value<OnlineReport>();
        QVERIFY(r.cancelled);
        QCOMPARE(r.result.findings.size(), offline.findings.size());
        QCOMPARE(spy.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPackageIndex)
#include "tst_packageindex.moc"
