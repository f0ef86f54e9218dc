#include "online/JsonSource.h"

#include "online/HttpClient.h"
#include "online/OnlineCache.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>

namespace Armlift {

namespace {

QString tr(const char *text)
{
    // lupdate files a free function's tr() under its namespace: "Armlift" is where the .ts
    // files keep these texts, so it is the context to look them up in.
    return QCoreApplication::translate("Armlift", text);
}

JsonAnswer cachedAnswer(const OnlineCache::Entry &e)
{
    JsonAnswer a;
    a.body = e.body;
    a.fromCache = true;
    a.fetched = e.fetched;
    return a;
}

} // namespace

void fetchJson(HttpClient *http, OnlineCache *cache, bool offline, const QString &cacheKey, const QUrl &url,
               std::function<void(const JsonAnswer &)> done)
{
    const auto cached = cache->lookup(cacheKey);
    if (cached && (offline || cache->isFresh(*cached))) {
        done(cachedAnswer(*cached));
        return;
    }
    if (offline) {
        JsonAnswer a;
        a.problem = JsonAnswer::Problem::Offline;
        a.error = tr("offline, and %1 is not in the cache").arg(url.toDisplayString());
        done(a);
        return;
    }
    QNetworkRequest req(url);
    req.setRawHeader("Accept", "application/json");
    http->get(req, [cache, cacheKey, url, done](const HttpResponse &r) {
        JsonAnswer a;
        if (r.ok()) {
            QJsonParseError err;
            const QJsonDocument doc = QJsonDocument::fromJson(r.body, &err);
            if (err.error == QJsonParseError::NoError) {
                a.body = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
                a.fetched = QDateTime::currentDateTimeUtc();
                cache->store(cacheKey, a.body);
                done(a);
                return;
            }
            a.problem = JsonAnswer::Problem::Malformed;
            a.error = tr("%1 sent malformed JSON (%2)").arg(url.toDisplayString(), err.errorString());
        } else if (r.failure == HttpResponse::Failure::Cancelled) {
            a.problem = JsonAnswer::Problem::Cancelled;
            a.error = r.error;
            done(a);
            return;
        } else if (r.status == 404) {
            a.problem = JsonAnswer::Problem::NotFound;
            a.error = tr("%1 was not found").arg(url.toDisplayString());
        } else if (r.status == 429) {
            a.problem = JsonAnswer::Problem::RateLimited;
            a.error = tr("%1 limits the request rate (HTTP 429)").arg(url.host());
        } else {
            a.problem = JsonAnswer::Problem::Unreachable;
            a.error = r.error;
        }
        if (a.problem != JsonAnswer::Problem::NotFound) {
            if (const auto stale = cache->lookup(cacheKey)) {
                done(cachedAnswer(*stale));
                return;
            }
        }
        done(a);
    });
}

} // namespace Armlift
