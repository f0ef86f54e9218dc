#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <QUrl>
#include <functional>

namespace Armlift {

class HttpClient;
class OnlineCache;

// A JSON answer from an index (PyPI, go.dev) or from the cache.
struct JsonAnswer
{
    enum class Problem { None, Unreachable, NotFound, RateLimited, Malformed, Cancelled, Offline };

    Problem problem = Problem::None;
    QString error;
    QJsonValue body;
    bool fromCache = false;
    QDateTime fetched;

    bool ok() const { return problem == Problem::None; }
};

// GET a JSON document through the cache: a fresh cached answer makes no request; offline,
// any cached answer is used; when the request fails, a stale cached answer is the fallback.
void fetchJson(HttpClient *http, OnlineCache *cache, bool offline, const QString &cacheKey, const QUrl &url,
               std::function<void(const JsonAnswer &)> done);

} // namespace Armlift
