#pragma once

#include <QString>
#include <QStringList>

namespace Armlift {

// Where and how the online checks ask. Every base URL is a setting so tests (and mirrors)
// point the same code at loopback servers.
struct OnlineSettings
{
    QString pypiUrl = QStringLiteral("https://pypi.org/pypi");  // {pypiUrl}/{name}/json
    QString goDlUrl = QStringLiteral("https://go.dev/dl");      // {goDlUrl}/?mode=json&include=all
    QStringList insecureRegistries;  // HOST:PORT spoken to over plain HTTP (--insecure-registry)
    QString cacheDir;                // empty: defaultCacheDir()
    bool offline = false;            // cache only, never the network (--offline, GUI toggle)
    qint64 ttlSeconds = 24 * 3600;   // cached answers younger than this are used without asking
    int connectTimeoutMs = 10000;    // no byte for this long: the request fails
    int totalTimeoutMs = 30000;      // one request, all retries excluded
    int retries = 2;                 // on 429 and 5xx
    int maxRetryDelayMs = 10000;     // a longer Retry-After is cut to this
    int maxPerHost = 4;              // concurrent requests per host
    qint64 maxBodyBytes = 32 * 1024 * 1024; // go.dev's full release list is a few MB
    bool checkImages = true;         // ARM102 from registries
    bool checkPython = true;         // ARM301 from PyPI
    bool checkGo = true;             // ARM201 checksums from go.dev

    // QStandardPaths::CacheLocation + "/armlift/online".
    static QString defaultCacheDir();
    QString effectiveCacheDir() const { return cacheDir.isEmpty() ? defaultCacheDir() : cacheDir; }
    bool isInsecure(const QString &hostAndPort) const;
};

} // namespace Armlift
