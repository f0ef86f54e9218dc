#pragma once

#include "online/OnlineSettings.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QSet>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace Armlift {

struct HttpResponse
{
    enum class Failure { None, Network, Timeout, Cancelled, TooLarge };

    Failure failure = Failure::None;
    int status = 0;          // HTTP status; 0 when no answer arrived
    QByteArray body;
    QString error;           // what went wrong, for messages (empty for a 2xx answer)
    QList<QPair<QByteArray, QByteArray>> headers;

    bool ok() const { return failure == Failure::None && status >= 200 && status < 300; }
    QByteArray header(const QByteArray &name) const; // case-insensitive, first match
};

// GETs with the behaviour every online source needs: a limit of concurrent requests per host,
// an inactivity (connect) timeout and a total timeout, retries with backoff on 429 and 5xx
// honouring Retry-After, a cap on the body size, and cancellation. Lives in one thread (the
// QNetworkAccessManager's); callbacks run in that thread.
class HttpClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const HttpResponse &)>;

    explicit HttpClient(const OnlineSettings &settings, QObject *parent = nullptr);
    ~HttpClient() override;

    void get(const QNetworkRequest &request, Callback done);
    // Fails every queued and running request with Failure::Cancelled; later calls fail at once.
    void cancelAll();
    bool isCancelled() const { return m_cancelled; }
    int requestsSent() const { return m_sent; }          // attempts on the wire, retries included
    int rateLimitedCount() const { return m_rateLimited; } // 429 answers seen

private:
    struct Pending
    {
        QNetworkRequest request;
        Callback done;
        int attempt = 0;
    };
    void enqueue(Pending p);
    void pump(const QString &host);
    void send(Pending p);
    void finish(QNetworkReply *reply, Pending p, HttpResponse::Failure forced);
    int retryDelayMs(const HttpResponse &r, int attempt) const;

    OnlineSettings m_settings;
    QNetworkAccessManager *m_nam;
    QHash<QString, QList<Pending>> m_queues;
    QHash<QString, int> m_active;
    QSet<QNetworkReply *> m_running;
    QHash<QTimer *, Pending> m_retrying;
    bool m_destroying = false;
    bool m_cancelled = false;
    int m_sent = 0;
    int m_rateLimited = 0;
};

} // namespace Armlift
