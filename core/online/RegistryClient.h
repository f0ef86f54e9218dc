#pragma once

#include "online/ImageReference.h"
#include "online/OnlineSettings.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <functional>

class QNetworkRequest;

namespace Armlift {

class HttpClient;
class OnlineCache;
class RegistryCredentialProvider;
struct HttpResponse;

struct ImagePlatform
{
    QString os;
    QString architecture;
    QString variant;
    QString text() const; // "linux/arm64/v8"
};

// What a registry (or the cache) says about one image.
struct PlatformAnswer
{
    enum class Problem { None, Unreachable, AuthNeeded, NotFound, RateLimited, Malformed, Cancelled, Offline };

    Problem problem = Problem::None;
    QString error;                   // for messages; empty when problem == None
    QList<ImagePlatform> platforms;  // attestation entries (unknown/unknown) left out
    bool fromCache = false;
    QDateTime fetched;               // when the answer came from the registry (UTC)

    bool ok() const { return problem == Problem::None; }
    bool hasLinuxArm64() const;
    QStringList platformTexts() const;
};

// Speaks the OCI distribution API: manifests with the Accept header of all four manifest
// types, image indexes and their platforms, a single manifest's config blob, tag lists;
// 401 challenges (Bearer token flow incl. Docker Hub's anonymous one, and Basic) with
// credentials from a RegistryCredentialProvider; plain HTTP for insecure registries.
class RegistryClient : public QObject
{
    Q_OBJECT
public:
    RegistryClient(HttpClient *http, OnlineCache *cache, const OnlineSettings &settings,
                   const RegistryCredentialProvider *credentials, QObject *parent = nullptr);

    using PlatformCallback = std::function<void(const PlatformAnswer &)>;
    void platforms(const ImageReference &image, PlatformCallback done);
    // The lowest tag above `image`'s version with the same suffix (3.8-slim -> 3.9-slim) that
    // has linux/arm64, trying at most `maxTries` candidates; empty when none is found.
    void findArm64Tag(const ImageReference &image, int maxTries, std::function<void(const QString &tag)> done);

    static const QByteArray &manifestAccept();

private:
    using ResponseCallback = std::function<void(const HttpResponse &)>;
    QUrl apiUrl(const ImageReference &image, const QString &path) const;
    void authorizedGet(const ImageReference &image, const QUrl &url, const QByteArray &accept, ResponseCallback done,
                       bool retried = false);
    void fetchToken(const ImageReference &image, const QByteArray &challenge, std::function<void(bool)> done);
    void fetchPlatforms(const ImageReference &image, const QString &cacheKey, PlatformCallback done);
    void tags(const ImageReference &image, std::function<void(const QStringList &)> done);
    void tryCandidates(const ImageReference &image, QStringList candidates, int left,
                       std::function<void(const QString &)> done);
    PlatformAnswer failure(const HttpResponse &r, const ImageReference &image) const;

    HttpClient *m_http;
    OnlineCache *m_cache;
    OnlineSettings m_settings;
    const RegistryCredentialProvider *m_credentials;
    QHash<QString, QByteArray> m_authorization; // registry|repository -> Authorization header value
};

} // namespace Armlift
