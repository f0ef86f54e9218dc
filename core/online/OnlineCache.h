#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QMutex>
#include <QString>
#include <optional>

namespace Armlift {

// Answers of registries, PyPI and go.dev on disk, one JSON file per request key:
// {"key": …, "fetched": ISO time, "permanent": bool, "body": <the parsed JSON answer>}.
// Used first (fresh entries make no request) and, at any age, as the fallback when the
// network fails or the user is offline. Content addressed answers (manifests and blobs by
// digest) never expire. Safe to use from several threads.
class OnlineCache
{
public:
    struct Entry
    {
        QJsonValue body;
        QDateTime fetched;  // UTC
        bool permanent = false;
    };

    OnlineCache(QString dir, qint64 ttlSeconds);

    std::optional<Entry> lookup(const QString &key) const;
    bool isFresh(const Entry &entry) const;
    bool store(const QString &key, const QJsonValue &body, bool permanent = false);
    const QString &directory() const { return m_dir; }

    // "3 h", "2 days": how old a cached answer is, for finding messages.
    static QString describeAge(const QDateTime &fetched);

private:
    QString pathFor(const QString &key) const;

    QString m_dir;
    qint64 m_ttl;
    mutable QMutex m_mutex;
};

} // namespace Armlift
