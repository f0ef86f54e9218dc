#include "online/RegistryClient.h"

#include "online/HttpClient.h"
#include "online/OnlineCache.h"
#include "online/RegistryCredentialProvider.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QUrlQuery>
#include <algorithm>

namespace Armlift {

using namespace Qt::StringLiterals;

namespace {

QHash<QString, QString> challengeParams(const QByteArray &header)
{
    QHash<QString, QString> params;
    static const QRegularExpression re(QStringLiteral(R"re((\w+)\s*=\s*(?:"([^"]*)"|([^,\s]*)))re"));
    const QString text = QString::fromLatin1(header);
    const qsizetype space = text.indexOf(u' ');
    auto it = re.globalMatch(space < 0 ? QString() : text.mid(space + 1));
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        params.insert(m.captured(1).toLower(), m.capturedLength(2) ? m.captured(2) : m.captured(3));
    }
    return params;
}

QJsonArray platformsToJson(const QList<ImagePlatform> &platforms)
{
    QJsonArray a;
    for (const ImagePlatform &p : platforms)
        a.append(QJsonObject{{QStringLiteral("os"), p.os}, {QStringLiteral("architecture"), p.architecture},
                             {QStringLiteral("variant"), p.variant}});
    return a;
}

QList<ImagePlatform> platformsFromJson(const QJsonArray &a)
{
    QList<ImagePlatform> out;
    for (const auto &v : a) {
        const QJsonObject o = v.toObject();
        out.append({o.value(u"os").toString(), o.value(u"architecture").toString(), o.value(u"variant").toString()});
    }
    return out;
}

QList<int> versionOf(const QString &tag, QString *suffix)
{
    static const QRegularExpression re(QStringLiteral(R"(^v?(\d+(?:\.\d+)*)(.*)$)"));
    const QRegularExpressionMatch m = re.match(tag);
    QList<int> parts;
    if (!m.hasMatch())
        return parts;
    for (const QString &p : m.captured(1).split(u'.'))
        parts.append(p.toInt());
    *suffix = m.captured(2);
    return parts;
}

} // namespace

QString ImagePlatform::text() const
{
    QString t = os + u'/' + architecture;
    if (!variant.isEmpty())
        t += u'/' + variant;
    return t;
}

bool PlatformAnswer::hasLinuxArm64() const
{
    return std::any_of(platforms.cbegin(), platforms.cend(), [](const ImagePlatform &p) {
        return (p.os == u"linux"_s || p.os.isEmpty()) && p.architecture == u"arm64"_s;
    });
}

QStringList PlatformAnswer::platformTexts() const
{
    QStringList out;
    for (const ImagePlatform &p : platforms)
        if (!out.contains(p.text()))
            out.append(p.text());
    return out;
}

RegistryClient::RegistryClient(HttpClient *http, OnlineCache *cache, const OnlineSettings &settings,
                               const RegistryCredentialProvider *credentials, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_cache(cache)
    , m_settings(settings)
    , m_credentials(credentials)
{
}

const QByteArray &RegistryClient::manifestAccept()
{
    // Without the index types a registry may pick one architecture's manifest for us.
    static const QByteArray accept = "application/vnd.oci.image.index.v1+json, "
                                     "application/vnd.docker.distribution.manifest.list.v2+json, "
                                     "application/vnd.oci.image.manifest.v1+json, "
                                     "application/vnd.docker.distribution.manifest.v2+json";
    return accept;
}

QUrl RegistryClient::apiUrl(const ImageReference &image, const QString &path) const
{
    const bool plain = !image.isDockerHub() && m_settings.isInsecure(image.registry);
    return QUrl((plain ? QStringLiteral("http://") : QStringLiteral("https://")) + image.apiHost() + QStringLiteral("/v2/")
                + image.repository + u'/' + path);
}

void RegistryClient::authorizedGet(const ImageReference &image, const QUrl &url, const QByteArray &accept,
                                   ResponseCallback done, bool retried)
{
    const QString authKey = image.registry + u'|' + image.repository;
    QNetworkRequest req(url);
    req.setRawHeader("Accept", accept);
    const QByteArray auth = m_authorization.value(authKey);
    if (!auth.isEmpty())
        req.setRawHeader("Authorization", auth);
    m_http->get(req, [this, image, url, accept, done, retried, authKey](const HttpResponse &r) {
        if (r.status != 401 || retried) {
            done(r);
            return;
        }
        const QByteArray challenge = r.header("WWW-Authenticate");
        if (challenge.startsWith("Bearer") || challenge.startsWith("bearer")) {
            fetchToken(image, challenge, [this, image, url, accept, done, r](bool ok) {
                if (!ok) {
                    done(r);
                    return;
                }
                authorizedGet(image, url, accept, done, true);
            });
            return;
        }
        const auto creds = m_credentials ? m_credentials->credentialsFor(image.registry) : std::nullopt;
        if (!creds) {
            done(r);
            return;
        }
        m_authorization.insert(authKey, "Basic " + (creds->username + u':' + creds->secret).toUtf8().toBase64());
        authorizedGet(image, url, accept, done, true);
    });
}

void RegistryClient::fetchToken(const ImageReference &image, const QByteArray &challenge, std::function<void(bool)> done)
{
    const QHash<QString, QString> params = challengeParams(challenge);
    QUrl realm(params.value(QStringLiteral("realm")));
    if (!realm.isValid() || realm.scheme().isEmpty()) {
        done(false);
        return;
    }
    QUrlQuery query(realm);
    if (params.contains(QStringLiteral("service")))
        query.addQueryItem(QStringLiteral("service"), params.value(QStringLiteral("service")));
    // Docker Hub's anonymous flow: scope repository:library/<name>:pull.
    query.addQueryItem(QStringLiteral("scope"), params.value(QStringLiteral("scope"),
                                                             u"repository:" + image.repository + u":pull"));
    realm.setQuery(query);
    QNetworkRequest req(realm);
    const auto creds = m_credentials ? m_credentials->credentialsFor(image.registry) : std::nullopt;
    if (creds)
        req.setRawHeader("Authorization", "Basic " + (creds->username + u':' + creds->secret).toUtf8().toBase64());
    const QString authKey = image.registry + u'|' + image.repository;
    m_http->get(req, [this, done, authKey](const HttpResponse &r) {
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        const QString token = o.value(u"token").toString(o.value(u"access_token").toString());
        if (!r.ok() || token.isEmpty()) {
            done(false);
            return;
        }
        m_authorization.insert(authKey, "Bearer " + token.toUtf8());
        done(true);
    });
}

PlatformAnswer RegistryClient::failure(const HttpResponse &r, const ImageReference &image) const
{
    PlatformAnswer a;
    const QString name = image.display();
    if (r.failure == HttpResponse::Failure::Cancelled) {
        a.problem = PlatformAnswer::Problem::Cancelled;
        a.error = r.error;
    } else if (r.failure != HttpResponse::Failure::None) {
        a.problem = PlatformAnswer::Problem::Unreachable;
        a.error = tr("cannot reach the registry of %1 (%2)").arg(name, r.error);
    } else if (r.status == 401 || r.status == 403) {
        a.problem = PlatformAnswer::Problem::AuthNeeded;
        a.error = tr("the registry %1 refused access to %2 (HTTP %3): add credentials for it in the settings")
                      .arg(image.registry, name)
                      .arg(r.status);
    } else if (r.status == 404) {
        a.problem = PlatformAnswer::Problem::NotFound;
        a.error = tr("%1 does not exist on %2").arg(name, image.registry);
    } else if (r.status == 429) {
        a.problem = PlatformAnswer::Problem::RateLimited;
        a.error = tr("the registry %1 limits the request rate; %2 was not checked").arg(image.registry, name);
    } else if (r.ok()) {
        a.problem = PlatformAnswer::Problem::Malformed;
        a.error = tr("the registry %1 sent a manifest for %2 that is not understood").arg(image.registry, name);
    } else {
        a.problem = PlatformAnswer::Problem::Unreachable;
        a.error = tr("the registry of %1 answered HTTP %2").arg(name).arg(r.status);
    }
    return a;
}

void RegistryClient::platforms(const ImageReference &image, PlatformCallback done)
{
    const QString key = u"registry:platforms:" + image.registry + u'/' + image.repository + u'@' + image.reference();
    const auto cached = m_cache->lookup(key);
    if (cached && (m_settings.offline || m_cache->isFresh(*cached))) {
        PlatformAnswer a;
        a.platforms = platformsFromJson(cached->body.toArray());
        a.fromCache = true;
        a.fetched = cached->fetched;
        done(a);
        return;
    }
    if (m_settings.offline) {
        PlatformAnswer a;
        a.problem = PlatformAnswer::Problem::Offline;
        a.error = tr("offline: %1 is not in the cache").arg(image.display());
        done(a);
        return;
    }
    fetchPlatforms(image, key, [this, key, done](const PlatformAnswer &answer) {
        if (answer.ok() || answer.problem == PlatformAnswer::Problem::Cancelled) {
            done(answer);
            return;
        }
        // A failing registry never fails the scan: an old answer is better than none.
        if (const auto stale = m_cache->lookup(key)) {
            PlatformAnswer a;
            a.platforms = platformsFromJson(stale->body.toArray());
            a.fromCache = true;
            a.fetched = stale->fetched;
            done(a);
            return;
        }
        done(answer);
    });
}

void RegistryClient::fetchPlatforms(const ImageReference &image, const QString &cacheKey, PlatformCallback done)
{
    // Content addressed answers never change: cache them for good.
    const bool permanent = !image.digest.isEmpty();
    authorizedGet(image, apiUrl(image, u"manifests/" + image.reference()), manifestAccept(),
                  [this, image, cacheKey, permanent, done](const HttpResponse &r) {
        if (!r.ok()) {
            done(failure(r, image));
            return;
        }
        QJsonParseError parseError;
        const QJsonObject manifest = QJsonDocument::fromJson(r.body, &parseError).object();
        if (parseError.error != QJsonParseError::NoError) {
            HttpResponse bad = r;
            done(failure(bad, image));
            return;
        }
        PlatformAnswer answer;
        answer.fetched = QDateTime::currentDateTimeUtc();
        if (manifest.value(u"manifests").isArray()) { // OCI index or Docker manifest list
            for (const auto &v : manifest.value(u"manifests").toArray()) {
                const QJsonObject entry = v.toObject();
                const QJsonObject p = entry.value(u"platform").toObject();
                const ImagePlatform platform{p.value(u"os").toString(), p.value(u"architecture").toString(),
                                             p.value(u"variant").toString()};
                // Attestations (SBOM, provenance) are listed as unknown/unknown.
                if ((platform.os == u"unknown"_s && platform.architecture == u"unknown"_s)
                    || entry.value(u"annotations").toObject().value(u"vnd.docker.reference.type").toString()
                        == u"attestation-manifest"_s)
                    continue;
                answer.platforms.append(platform);
            }
            m_cache->store(cacheKey, platformsToJson(answer.platforms), permanent);
            done(answer);
            return;
        }
        if (manifest.contains(u"architecture")) { // Docker schema 1 names it inline
            answer.platforms.append({manifest.value(u"os").toString(QStringLiteral("linux")),
                                     manifest.value(u"architecture").toString(), QString()});
            m_cache->store(cacheKey, platformsToJson(answer.platforms), permanent);
            done(answer);
            return;
        }
        const QString config = manifest.value(u"config").toObject().value(u"digest").toString();
        if (config.isEmpty()) {
            done(failure(r, image));
            return;
        }
        authorizedGet(image, apiUrl(image, u"blobs/" + config), "application/json, */*",
                      [this, image, cacheKey, permanent, done, answer](const HttpResponse &blob) mutable {
            const QJsonObject c = QJsonDocument::fromJson(blob.body).object();
            if (!blob.ok() || !c.contains(u"architecture")) {
                done(failure(blob, image));
                return;
            }
            answer.platforms.append({c.value(u"os").toString(), c.value(u"architecture").toString(),
                                     c.value(u"variant").toString()});
            m_cache->store(cacheKey, platformsToJson(answer.platforms), permanent);
            done(answer);
        });
    });
}

void RegistryClient::tags(const ImageReference &image, std::function<void(const QStringList &)> done)
{
    const QString key = u"registry:tags:" + image.registry + u'/' + image.repository;
    const auto cached = m_cache->lookup(key);
    auto fromJson = [](const QJsonValue &v) {
        QStringList out;
        for (const auto &t : v.toArray())
            out.append(t.toString());
        return out;
    };
    if (cached && (m_settings.offline || m_cache->isFresh(*cached))) {
        done(fromJson(cached->body));
        return;
    }
    if (m_settings.offline) {
        done({});
        return;
    }
    authorizedGet(image, apiUrl(image, QStringLiteral("tags/list?n=10000")), "application/json",
                  [this, key, done, fromJson](const HttpResponse &r) {
        const QJsonArray tagList = QJsonDocument::fromJson(r.body).object().value(u"tags").toArray();
        if (!r.ok()) {
            const auto stale = m_cache->lookup(key);
            done(stale ? fromJson(stale->body) : QStringList());
            return;
        }
        m_cache->store(key, tagList);
        done(fromJson(tagList));
    });
}

void RegistryClient::findArm64Tag(const ImageReference &image, int maxTries, std::function<void(const QString &)> done)
{
    QString suffix;
    const QList<int> current = versionOf(image.tag, &suffix);
    if (current.isEmpty() || !image.digest.isEmpty()) {
        done({});
        return;
    }
    tags(image, [this, image, current, suffix, maxTries, done](const QStringList &all) {
        QList<QPair<QList<int>, QString>> newer;
        for (const QString &t : all) {
            QString s;
            const QList<int> v = versionOf(t, &s);
            // Same shape only: 3.8-slim -> 3.9-slim, never 3.9-alpine or 3.
            if (s == suffix && v.size() == current.size() && current < v)
                newer.append({v, t});
        }
        std::sort(newer.begin(), newer.end());
        QStringList candidates;
        for (const auto &n : newer)
            candidates.append(n.second);
        tryCandidates(image, candidates, maxTries, done);
    });
}

void RegistryClient::tryCandidates(const ImageReference &image, QStringList candidates, int left,
                                   std::function<void(const QString &)> done)
{
    if (candidates.isEmpty() || left <= 0) {
        done({});
        return;
    }
    ImageReference next = image;
    next.tag = candidates.takeFirst();
    platforms(next, [this, image, candidates, left, done, tag = next.tag](const PlatformAnswer &a) {
        if (a.ok() && a.hasLinuxArm64())
            done(tag);
        else if (a.problem == PlatformAnswer::Problem::Cancelled)
            done({});
        else
            tryCandidates(image, candidates, left - 1, done);
    });
}

} // namespace Armlift
