#include "online/HttpClient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <memory>

namespace Armlift {

using namespace Qt::StringLiterals;

namespace {

QString hostKey(const QUrl &url)
{
    return url.host().toLower() + u':' + QString::number(url.port(url.scheme() == u"https"_s ? 443 : 80));
}

} // namespace

QByteArray HttpResponse::header(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

HttpClient::HttpClient(const OnlineSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_nam(new QNetworkAccessManager(this))
{
}

HttpClient::~HttpClient()
{
    // The owner is being destroyed: its callbacks must not run any more.
    m_destroying = true;
    cancelAll();
}

void HttpClient::get(const QNetworkRequest &request, Callback done)
{
    if (m_cancelled) {
        // Deliver later: callers must never see their callback run inside their own call.
        QTimer::singleShot(0, this, [done] {
            HttpResponse r;
            r.failure = HttpResponse::Failure::Cancelled;
            r.error = tr("cancelled");
            done(r);
        });
        return;
    }
    enqueue({request, std::move(done), 0});
}

void HttpClient::enqueue(Pending p)
{
    const QString host = hostKey(p.request.url());
    m_queues[host].append(std::move(p));
    pump(host);
}

void HttpClient::pump(const QString &host)
{
    auto &queue = m_queues[host];
    while (!queue.isEmpty() && m_active.value(host) < qMax(1, m_settings.maxPerHost)) {
        ++m_active[host];
        send(queue.takeFirst());
    }
}

void HttpClient::send(Pending p)
{
    QNetworkRequest req = p.request;
    req.setTransferTimeout(m_settings.connectTimeoutMs);
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("armlift/" ARMLIFT_VERSION));
    ++m_sent;
    QNetworkReply *reply = m_nam->get(req);
    m_running.insert(reply);
    auto forced = std::make_shared<HttpResponse::Failure>(HttpResponse::Failure::None);

    auto *total = new QTimer(reply);
    total->setSingleShot(true);
    connect(total, &QTimer::timeout, reply, [reply, forced] {
        *forced = HttpResponse::Failure::Timeout;
        reply->abort();
    });
    total->start(m_settings.totalTimeoutMs);

    const qint64 limit = m_settings.maxBodyBytes;
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply, forced, limit](qint64 received, qint64 size) {
        if (received > limit || size > limit) {
            *forced = HttpResponse::Failure::TooLarge;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, p, forced]() mutable {
        finish(reply, std::move(p), *forced);
    });
}

void HttpClient::finish(QNetworkReply *reply, Pending p, HttpResponse::Failure forced)
{
    m_running.remove(reply);
    reply->deleteLater();
    const QString host = hostKey(p.request.url());
    --m_active[host];

    HttpResponse r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.headers = reply->rawHeaderPairs();
    if (forced == HttpResponse::Failure::None && m_cancelled)
        forced = HttpResponse::Failure::Cancelled;
    // The transfer (inactivity) timeout ends a reply as cancelled or as timed out, by Qt version.
    if (forced == HttpResponse::Failure::None
        && (reply->error() == QNetworkReply::OperationCanceledError || reply->error() == QNetworkReply::TimeoutError))
        forced = HttpResponse::Failure::Timeout;
    if (forced == HttpResponse::Failure::None && reply->error() != QNetworkReply::NoError && r.status == 0)
        forced = HttpResponse::Failure::Network;
    r.failure = forced;
    switch (forced) {
    case HttpResponse::Failure::None:
        r.body = reply->readAll();
        if (!r.ok())
            r.error = tr("HTTP %1 from %2").arg(r.status).arg(p.request.url().toDisplayString());
        break;
    case HttpResponse::Failure::Timeout:
        r.status = 0;
        r.error = tr("no answer from %1 in time").arg(p.request.url().host());
        break;
    case HttpResponse::Failure::TooLarge:
        r.status = 0;
        r.error = tr("the answer from %1 is larger than %2 MB").arg(p.request.url().host()).arg(m_settings.maxBodyBytes >> 20);
        break;
    case HttpResponse::Failure::Cancelled:
        r.status = 0;
        r.error = tr("cancelled");
        break;
    case HttpResponse::Failure::Network:
        r.error = tr("%1: %2").arg(p.request.url().host(), reply->errorString());
        break;
    }
    pump(host);

    if (r.status == 429)
        ++m_rateLimited;
    const bool retryable = r.failure == HttpResponse::Failure::None && (r.status == 429 || r.status >= 500);
    if (retryable && p.attempt < m_settings.retries && !m_cancelled) {
        const int delay = retryDelayMs(r, p.attempt);
        ++p.attempt;
        auto *timer = new QTimer(this);
        timer->setSingleShot(true);
        m_retrying.insert(timer, p);
        connect(timer, &QTimer::timeout, this, [this, timer] {
            timer->deleteLater();
            enqueue(m_retrying.take(timer));
        });
        timer->start(delay);
        return;
    }
    if (!m_destroying)
        p.done(r);
}

int HttpClient::retryDelayMs(const HttpResponse &r, int attempt) const
{
    const QByteArray after = r.header("Retry-After").trimmed();
    qint64 ms = -1;
    if (!after.isEmpty()) {
        bool isNumber = false;
        const qint64 secs = after.toLongLong(&isNumber);
        if (isNumber) {
            ms = secs * 1000;
        } else {
            const QDateTime when = QDateTime::fromString(QString::fromLatin1(after), Qt::RFC2822Date);
            if (when.isValid())
                ms = QDateTime::currentDateTimeUtc().msecsTo(when);
        }
    }
    if (ms < 0)
        ms = 500LL << attempt; // exponential backoff: 0.5 s, 1 s, 2 s
    return int(qBound<qint64>(0, ms, qint64(m_settings.maxRetryDelayMs)));
}

void HttpClient::cancelAll()
{
    m_cancelled = true;
    QList<Pending> failed;
    for (auto it = m_retrying.begin(); it != m_retrying.end(); ++it) {
        it.key()->stop();
        it.key()->deleteLater();
        failed.append(it.value());
    }
    m_retrying.clear();
    for (auto it = m_queues.begin(); it != m_queues.end(); ++it)
        failed.append(std::exchange(it.value(), {}));
    for (QNetworkReply *reply : QSet<QNetworkReply *>(m_running))
        reply->abort(); // finish() reports each one as cancelled
    HttpResponse r;
    r.failure = HttpResponse::Failure::Cancelled;
    r.error = tr("cancelled");
    if (m_destroying)
        return;
    for (const Pending &p : failed)
        p.done(r);
}

} // namespace Armlift
