// ARM102 from a real docker-registry on loopback: images pushed by the test (a multi-arch OCI
// index with an attestation entry, an amd64-only Docker v2 image, digest-pinned references),
// a registry behind htpasswd, a Bearer token flow, an unreachable registry and the cache.

#include "LoopbackHttpServer.h"
#include "OnlineTestSupport.h"
#include "RegistryProcess.h"
#include "online/HttpClient.h"
#include "online/OnlineCache.h"
#include "online/RegistryClient.h"
#include "online/RegistryCredentialProvider.h"

#include <QJsonArray>
#include <QUrlQuery>

using namespace Armlift;
using namespace OnlineTest;
using namespace Qt::StringLiterals;

class TestRegistry : public QObject
{
    Q_OBJECT

    RegistryProcess m_open;
    RegistryProcess m_private;
    QString m_multiDigest;
    QString m_amdDigest;
    std::unique_ptr<QTemporaryDir> m_cache;

    OnlineSettings settings() const
    {
        OnlineSettings s;
        s.insecureRegistries = {m_open.hostPort(), m_private.hostPort()};
        s.cacheDir = m_cache->path();
        s.checkPython = false;
        s.checkGo = false;
        s.connectTimeoutMs = 3000;
        s.totalTimeoutMs = 5000;
        return s;
    }

    QByteArray dockerfile() const
    {
        const QByteArray reg = m_open.hostPort().toUtf8();
        return "ARG REG=" + reg + "\n"                                   // 1
               "FROM ${REG}/multi:1.0 AS a\n"                            // 2 multi-arch index
               "FROM " + reg + "/amd64only:1.0 AS b\n"                   // 3 amd64 only; 2.0 has arm64
               "FROM " + reg + "/multi@" + m_multiDigest.toUtf8() + "\n" // 4 index by digest
               "FROM " + reg + "/amd64only@" + m_amdDigest.toUtf8() + "\n" // 5 amd64 only, by digest
               "FROM scratch\n"                                          // 6
               "COPY --from=a / /\n"                                     // 7
               "FROM a\n";                                               // 8 a stage, not an image
    }

    OnlineReport check(const QByteArray &df, const OnlineSettings &s, const RegistryCredentialProvider *creds = nullptr)
    {
        QTemporaryDir dir;
        return runOnlineChecks(scanProject(dir, {{u"Dockerfile"_s, df}}), s, creds);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_open.start(), "docker-registry did not start");
        QVERIFY2(m_private.start(u"ci"_s, u"s3cret"_s), "docker-registry with htpasswd did not start");
        m_multiDigest = m_open.pushMultiArch(u"multi"_s, u"1.0"_s).value(u"digest").toString();
        m_amdDigest = m_open.pushImage(u"amd64only"_s, u"amd64"_s, true, u"1.0"_s).value(u"digest").toString();
        m_open.pushImage(u"amd64only"_s, u"amd64"_s, true, u"1.5-rc"_s); // other shape: never suggested
        m_open.pushMultiArch(u"amd64only"_s, u"2.0"_s);
        m_private.pushImage(u"team/app"_s, u"amd64"_s, true, u"1.0"_s);
        m_private.pushMultiArch(u"team/multi"_s, u"1.0"_s);
    }

    void init() { m_cache = std::make_unique<QTemporaryDir>(); }

    void indexPlatformsWithoutAttestations()
    {
        const OnlineSettings s = settings();
        HttpClient http(s);
        OnlineCache cache(s.cacheDir, s.ttlSeconds);
        RegistryClient client(&http, &cache, s, nullptr);
        ImageReference ref;
        QVERIFY(ImageReference::parse(m_open.hostPort() + u"/multi:1.0"_s, &ref));
        std::optional<PlatformAnswer> answer;
        client.platforms(ref, [&](const PlatformAnswer &a) { answer = a; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 5000);
        QVERIFY2(answer->ok(), qPrintable(answer->error));
        QCOMPARE(answer->platformTexts(), QStringList({u"linux/amd64"_s, u"linux/arm64/v8"_s}));
        QVERIFY(answer->hasLinuxArm64());

        answer.reset();
        QVERIFY(ImageReference::parse(m_open.hostPort() + u"/amd64only:1.0"_s, &ref));
        client.platforms(ref, [&](const PlatformAnswer &a) { answer = a; });
        QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 5000);
        QCOMPARE(answer->platformTexts(), QStringList({u"linux/amd64"_s})); // from the config blob
        QVERIFY(!answer->hasLinuxArm64());
    }

    void flagsExactlyTheAmd64OnlyImages()
    {
        const OnlineReport r = check(dockerfile(), settings());
        const QList<Finding> f = findingsOf(r.result, u"ARM102"_s);
        QVERIFY2(f.size() == 2, qPrintable(describe(r)));
        QCOMPARE(f.at(0).range.line, 3);
        QCOMPARE(f.at(1).range.line, 5);
        for (const Finding &x : f) {
            QCOMPARE(x.source, u"registry"_s);
            QVERIFY2(x.message.contains(u"only linux/amd64,"_s), qPrintable(x.message));
            QVERIFY(!x.message.contains(u"unknown"_s));
        }
        // The tag list offers 2.0 (multi-arch); 1.5-rc has another shape and is not tried.
        QCOMPARE(f.at(0).fixes.size(), 1);
        QCOMPARE(f.at(0).fixes.first().edits.first().newText, u"2.0"_s);
        QCOMPARE(f.at(0).fixes.first().edits.first().range.line, 3);
        QVERIFY(f.at(1).fixes.isEmpty()); // a digest pin has no tag to move
        QVERIFY(r.problems.isEmpty());
        QCOMPARE(r.sources.value(u"registry"_s).state, OnlineSourceStatus::State::Online);
    }

    void repeatScanAsksNothing()
    {
        const OnlineReport first = check(dockerfile(), settings());
        QVERIFY(first.requests > 0);
        const OnlineReport second = check(dockerfile(), settings());
        QCOMPARE(second.requests, 0);
        const QList<Finding> f = findingsOf(second.result, u"ARM102"_s);
        QCOMPARE(f.size(), 2);
        QCOMPARE(f.first().source, u"cache"_s);
        QCOMPARE(f.first().fixes.size(), 1);
        QCOMPARE(second.sources.value(u"registry"_s).state, OnlineSourceStatus::State::Cache);
    }

    void digestAnswersNeverExpire()
    {
        OnlineSettings s = settings();
        s.ttlSeconds = 0;
        const QByteArray df = "FROM " + m_open.hostPort().toUtf8() + "/multi@" + m_multiDigest.toUtf8() + "\n";
        QVERIFY(check(df, s).requests > 0);
        QCOMPARE(check(df, s).requests, 0);
    }

    void basicAuthNeedsCredentials()
    {
        const QByteArray df = "FROM " + m_private.hostPort().toUtf8() + "/team/app:1.0\nFROM "
            + m_private.hostPort().toUtf8() + "/team/multi:1.0\n";
        OnlineReport r = check(df, settings());
        QVERIFY2(findingsOf(r.result, u"ARM102"_s).isEmpty(), qPrintable(describe(r)));
        QCOMPARE(r.problems.size(), 2);
        QVERIFY2(r.problems.first().message.contains(u"credentials"_s), qPrintable(r.problems.first().message));
        QCOMPARE(r.sources.value(u"registry"_s).state, OnlineSourceStatus::State::AuthNeeded);

        StaticRegistryCredentials creds;
        creds.add(m_private.hostPort(), {u"ci"_s, u"s3cret"_s});
        r = check(df, settings(), &creds);
        const QList<Finding> f = findingsOf(r.result, u"ARM102"_s);
        QVERIFY2(f.size() == 1 && f.first().range.line == 1, qPrintable(describe(r)));
        QVERIFY(r.problems.isEmpty());

        creds.add(m_private.hostPort(), {u"ci"_s, u"wrong"_s});
        QTemporaryDir fresh;
        OnlineSettings s = settings();
        s.cacheDir = fresh.path();
        r = check(df, s, &creds);
        QCOMPARE(r.problems.size(), 2);
        QCOMPARE(r.sources.value(u"registry"_s).state, OnlineSourceStatus::State::AuthNeeded);
    }

    void bearerTokenFlow()
    {
        // docker-registry's token auth needs a signing service; the challenge/token exchange
        // itself is what the client must get right, served here like Docker Hub serves it.
        LoopbackHttpServer server;
        QVERIFY(server.listen());
        const QByteArray realm = server.url().toUtf8() + "/token";
        server.setHandler([&](const LoopbackHttpServer::Request &req) {
            LoopbackHttpServer::Reply r;
            if (req.target.startsWith("/token")) {
                r.body = R"({"token": "tok-123", "expires_in": 300})";
            } else if (req.headers.value("authorization") != "Bearer tok-123") {
                r.status = 401;
                r.body = R"({"errors":[{"code":"UNAUTHORIZED"}]})";
                r.headers = {{"WWW-Authenticate", "Bearer realm=\"" + realm + "\",service=\"loopback\",scope=\"repository:team/app:pull\""}};
            } else if (req.target == "/v2/team/app/manifests/1.0") {
                r.headers = {{"Content-Type", "application/vnd.docker.distribution.manifest.list.v2+json"}};
                r.body = R"({"schemaVersion":2,"mediaType":"application/vnd.docker.distribution.manifest.list.v2+json",
                    "manifests":[{"mediaType":"application/vnd.docker.distribution.manifest.v2+json","size":1,
                    "digest":"sha256:0000000000000000000000000000000000000000000000000000000000000001",
                    "platform":{"architecture":"amd64","os":"linux"}},
                    {"mediaType":"application/vnd.docker.distribution.manifest.v2+json","size":1,
                    "digest":"sha256:0000000000000000000000000000000000000000000000000000000000000002",
                    "platform":{"architecture":"s390x","os":"linux"}}]})";
            } else {
                r.status = 404;
            }
            return r;
        });
        OnlineSettings s = settings();
        s.insecureRegistries.append(u"127.0.0.1:%1"_s.arg(server.port()));
        const OnlineReport r = check("FROM 127.0.0.1:" + QByteArray::number(server.port()) + "/team/app:1.0\n", s);
        const QList<Finding> f = findingsOf(r.result, u"ARM102"_s);
        QVERIFY2(f.size() == 1, qPrintable(describe(r)));
        QVERIFY(f.first().message.contains(u"linux/amd64, linux/s390x"_s));
        bool tokenAsked = false;
        for (const auto &req : server.requests) {
            if (!req.target.startsWith("/token"))
                continue;
            const QUrlQuery q(QUrl(QString::fromLatin1(req.target)));
            QCOMPARE(q.queryItemValue(u"service"_s), u"loopback"_s);
            QCOMPARE(q.queryItemValue(u"scope"_s), u"repository:team/app:pull"_s);
            tokenAsked = true;
        }
        QVERIFY(tokenAsked);
    }

    void dockerHubNames()
    {
        ImageReference r;
        QVERIFY(ImageReference::parse(u"python:3.8-slim"_s, &r));
        QCOMPARE(r.registry, u"docker.io"_s);
        QCOMPARE(r.repository, u"library/python"_s);
        QCOMPARE(r.apiHost(), u"registry-1.docker.io"_s);
        QVERIFY(ImageReference::parse(u"index.docker.io/bitnami/redis"_s, &r));
        QCOMPARE(r.repository, u"bitnami/redis"_s);
        QCOMPARE(r.tag, u"latest"_s);
        QCOMPARE(r.display(), u"bitnami/redis:latest"_s);
        QVERIFY(ImageReference::parse(u"localhost:5000/a/b@sha256:"_s + QString(64, u'a'), &r));
        QCOMPARE(r.registry, u"localhost:5000"_s);
        QVERIFY(r.tag.isEmpty());
        QVERIFY(!ImageReference::parse(u"Bad/Name"_s, &r));
    }

    void unreachableRegistryIsAClearProblem()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        const QByteArray image = "127.0.0.1:" + QByteArray::number(port) + "/app:1.0";
        OnlineSettings s = settings();
        s.insecureRegistries.append(u"127.0.0.1:%1"_s.arg(port));
        const OnlineReport r = check("# syntax=docker/dockerfile:1\nFROM " + image + "\n", s);
        QList<ScanError> mine;
        for (const ScanError &e : r.problems)
            if (e.message.contains(QString::fromLatin1(image)))
                mine.append(e);
        QCOMPARE(mine.size(), 1);
        QCOMPARE(mine.first().file, u"Dockerfile"_s);
        QCOMPARE(mine.first().line, 2);
        QVERIFY2(mine.first().message.startsWith(u"Dockerfile:2: cannot check the base image "_s + QString::fromLatin1(image)),
                 qPrintable(mine.first().message));
    }

    void fallbackToCacheWhenTheRegistryStops()
    {
        OnlineSettings s = settings();
        s.ttlSeconds = 0;
        const QByteArray df = "FROM " + m_open.hostPort().toUtf8() + "/amd64only:1.0\n";
        QCOMPARE(findingsOf(check(df, s).result, u"ARM102"_s).size(), 1);
        m_open.stop();
        const OnlineReport r = check(df, s);
        const QList<Finding> f = findingsOf(r.result, u"ARM102"_s);
        QVERIFY2(f.size() == 1, qPrintable(describe(r)));
        QCOMPARE(f.first().source, u"cache"_s);
        QVERIFY(f.first().help.contains(u"cache"_s));
        QVERIFY(r.problems.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRegistry)
#include "tst_registry.moc"
