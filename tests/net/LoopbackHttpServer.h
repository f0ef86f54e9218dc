#pragma once

// A small HTTP/1.1 server on 127.0.0.1 for the online tests: one request per connection,
// answers from a handler, and the faults real servers show (no answer, huge bodies).

#include <QHash>
#include <QObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <functional>

class LoopbackHttpServer : public QObject
{
public:
    struct Reply
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        bool hang = false;         // read the request, never answer
        qint64 streamBytes = -1;   // answer with this many bytes of filler instead of body
    };
    struct Request
    {
        QByteArray method;
        QByteArray target;         // path and query
        QHash<QByteArray, QByteArray> headers; // lower-case names
    };
    using Handler = std::function<Reply(const Request &)>;

    explicit LoopbackHttpServer(QObject *parent = nullptr)
        : QObject(parent)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection())
                accept(s);
        });
    }

    bool listen(quint16 port = 0) { return m_server.listen(QHostAddress::LocalHost, port); }
    void close()
    {
        m_server.close();
        for (QTcpSocket *s : m_server.findChildren<QTcpSocket *>())
            s->abort();
    }
    quint16 port() const { return m_server.serverPort(); }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(port()); }
    void setHandler(Handler h) { m_handler = std::move(h); }
    QList<Request> requests;

private:
    void accept(QTcpSocket *s)
    {
        s->setParent(&m_server);
        auto buffer = std::make_shared<QByteArray>();
        connect(s, &QTcpSocket::readyRead, s, [this, s, buffer] {
            buffer->append(s->readAll());
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0 || s->property("answered").toBool())
                return;
            s->setProperty("answered", true);
            Request req;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            req.method = first.value(0);
            req.target = first.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines.at(i).indexOf(':');
                if (colon > 0)
                    req.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
            }
            requests.append(req);
            respond(s, m_handler ? m_handler(req) : Reply{404, "not found", {}, false, -1});
        });
        connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
    }

    void respond(QTcpSocket *s, const Reply &r)
    {
        if (r.hang)
            return;
        const qint64 length = r.streamBytes >= 0 ? r.streamBytes : r.body.size();
        QByteArray head = "HTTP/1.1 " + QByteArray::number(r.status) + " X\r\nConnection: close\r\nContent-Length: "
            + QByteArray::number(length) + "\r\n";
        bool typed = false;
        for (const auto &h : r.headers) {
            head += h.first + ": " + h.second + "\r\n";
            typed = typed || h.first.compare("Content-Type", Qt::CaseInsensitive) == 0;
        }
        if (!typed)
            head += "Content-Type: application/json\r\n";
        s->write(head + "\r\n");
        if (r.streamBytes < 0) {
            s->write(r.body);
            s->disconnectFromHost();
            return;
        }
        auto left = std::make_shared<qint64>(r.streamBytes);
        auto more = [s, left] {
            if (*left <= 0 || s->bytesToWrite() > (1 << 20))
                return;
            const QByteArray chunk(int(qMin<qint64>(*left, 256 * 1024)), ' ');
            *left -= chunk.size();
            s->write(chunk);
            if (*left <= 0)
                s->disconnectFromHost();
        };
        connect(s, &QTcpSocket::bytesWritten, s, more);
        more();
    }

    QTcpServer m_server;
    Handler m_handler;
};
