#pragma once

// A real docker-registry (Debian package docker-registry) on 127.0.0.1 for the tests, with
// blob uploads and manifest PUTs done over HTTP the way a client pushes an image.

#include <QCryptographicHash>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

class RegistryProcess
{
public:
    ~RegistryProcess() { stop(); }

    // Starts the registry; with a user, behind htpasswd (bcrypt, as the registry requires).
    bool start(const QString &user = {}, const QString &password = {})
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost))
            return false;
        m_port = probe.serverPort();
        probe.close();
        m_user = user;
        m_password = password;
        QByteArray yaml = "version: 0.1\nlog:\n  level: error\nstorage:\n  filesystem:\n    rootdirectory: "
            + m_dir.filePath(QStringLiteral("data")).toUtf8() + "\nhttp:\n  addr: 127.0.0.1:" + QByteArray::number(m_port) + "\n";
        if (!user.isEmpty()) {
            QProcess htpasswd;
            htpasswd.start(QStringLiteral("htpasswd"), {QStringLiteral("-Bbn"), user, password});
            if (!htpasswd.waitForFinished(10000) || htpasswd.exitCode() != 0)
                return false;
            QFile f(m_dir.filePath(QStringLiteral("htpasswd")));
            if (!f.open(QIODevice::WriteOnly))
                return false;
            f.write(htpasswd.readAllStandardOutput());
            yaml += "auth:\n  htpasswd:\n    realm: armlift-test\n    path: " + f.fileName().toUtf8() + "\n";
        }
        QFile config(m_dir.filePath(QStringLiteral("config.yml")));
        if (!config.open(QIODevice::WriteOnly))
            return false;
        config.write(yaml);
        config.close();
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral("docker-registry"), {QStringLiteral("serve"), config.fileName()});
        if (!m_process.waitForStarted(5000))
            return false;
        for (int i = 0; i < 100; ++i) { // ready when /v2/ answers (200, or 401 with auth)
            const int status = request("GET", QStringLiteral("/v2/"), {}, {}).first;
            if (status == 200 || status == 401)
                return true;
            QThread::msleep(100);
        }
        return false;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(2000);
    }

    QString hostPort() const { return QStringLiteral("127.0.0.1:%1").arg(m_port); }
    quint16 port() const { return m_port; }

    static QString digestOf(const QByteArray &bytes)
    {
        return QStringLiteral("sha256:") + QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    }

    // POST /v2/<name>/blobs/uploads/ then PUT <location>?digest=…; returns the descriptor.
    QJsonObject pushBlob(const QString &name, const QByteArray &bytes, const QString &mediaType)
    {
        const auto started = request("POST", u"/v2/" + name + u"/blobs/uploads/", {}, {});
        QString location = QString::fromLatin1(started.second);
        if (started.first != 202 || location.isEmpty())
            qFatal("blob upload of %s refused: HTTP %d", qPrintable(name), started.first);
        location += (location.contains(u'?') ? u'&' : u'?') + QStringLiteral("digest=") + digestOf(bytes);
        const auto put = request("PUT", location, bytes, "application/octet-stream");
        if (put.first != 201)
            qFatal("blob PUT for %s failed: HTTP %d", qPrintable(name), put.first);
        return {{QStringLiteral("mediaType"), mediaType}, {QStringLiteral("digest"), digestOf(bytes)},
                {QStringLiteral("size"), bytes.size()}};
    }

    // PUT /v2/<name>/manifests/<reference>; returns the manifest's descriptor.
    QJsonObject pushManifest(const QString &name, const QString &reference, const QJsonObject &manifest)
    {
        const QByteArray bytes = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
        const QString type = manifest.value(u"mediaType").toString();
        const auto put = request("PUT", u"/v2/" + name + u"/manifests/" + reference, bytes, type.toUtf8());
        if (put.first != 201)
            qFatal("manifest PUT %s:%s failed: HTTP %d", qPrintable(name), qPrintable(reference), put.first);
        return {{QStringLiteral("mediaType"), type}, {QStringLiteral("digest"), digestOf(bytes)},
                {QStringLiteral("size"), bytes.size()}};
    }

    // An image manifest (OCI, or Docker v2 when `docker`) for one platform, blobs pushed first.
    QJsonObject pushImage(const QString &name, const QString &arch, bool docker, const QString &tag = {})
    {
        const QJsonObject configJson{{QStringLiteral("architecture"), arch}, {QStringLiteral("os"), QStringLiteral("linux")},
                                     {QStringLiteral("rootfs"), QJsonObject{{QStringLiteral("type"), QStringLiteral("layers")}}}};
        const QJsonObject config = pushBlob(name, QJsonDocument(configJson).toJson(QJsonDocument::Compact),
                                            docker ? QStringLiteral("application/vnd.docker.container.image.v1+json")
                                                   : QStringLiteral("application/vnd.oci.image.config.v1+json"));
        const QJsonObject layer = pushBlob(name, "layer for " + arch.toUtf8(),
                                           docker ? QStringLiteral("application/vnd.docker.image.rootfs.diff.tar.gzip")
                                                  : QStringLiteral("application/vnd.oci.image.layer.v1.tar+gzip"));
        const QJsonObject manifest{
            {QStringLiteral("schemaVersion"), 2},
            {QStringLiteral("mediaType"), docker ? QStringLiteral("application/vnd.docker.distribution.manifest.v2+json")
                                                 : QStringLiteral("application/vnd.oci.image.manifest.v1+json")},
            {QStringLiteral("config"), config},
            {QStringLiteral("layers"), QJsonArray{layer}}};
        return pushManifest(name, tag.isEmpty() ? digestOf(QJsonDocument(manifest).toJson(QJsonDocument::Compact)) : tag,
                            manifest);
    }

    // An OCI index: amd64 + arm64/v8 + an attestation (unknown/unknown) of the amd64 image.
    QJsonObject pushMultiArch(const QString &name, const QString &tag)
    {
        QJsonObject amd = pushImage(name, QStringLiteral("amd64"), false);
        amd.insert(QStringLiteral("platform"), QJsonObject{{QStringLiteral("architecture"), QStringLiteral("amd64")},
                                                           {QStringLiteral("os"), QStringLiteral("linux")}});
        QJsonObject arm = pushImage(name, QStringLiteral("arm64"), false);
        arm.insert(QStringLiteral("platform"), QJsonObject{{QStringLiteral("architecture"), QStringLiteral("arm64")},
                                                           {QStringLiteral("os"), QStringLiteral("linux")},
                                                           {QStringLiteral("variant"), QStringLiteral("v8")}});
        const QJsonObject statement = pushBlob(name, R"({"_type":"https://in-toto.io/Statement/v0.1"})",
                                               QStringLiteral("application/vnd.in-toto+json"));
        const QJsonObject emptyConfig = pushBlob(name, "{}", QStringLiteral("application/vnd.oci.image.config.v1+json"));
        const QJsonObject attestationManifest{
            {QStringLiteral("schemaVersion"), 2},
            {QStringLiteral("mediaType"), QStringLiteral("application/vnd.oci.image.manifest.v1+json")},
            {QStringLiteral("config"), emptyConfig},
            {QStringLiteral("layers"), QJsonArray{statement}}};
        QJsonObject att = pushManifest(
            name, digestOf(QJsonDocument(attestationManifest).toJson(QJsonDocument::Compact)), attestationManifest);
        att.insert(QStringLiteral("platform"), QJsonObject{{QStringLiteral("architecture"), QStringLiteral("unknown")},
                                                           {QStringLiteral("os"), QStringLiteral("unknown")}});
        att.insert(QStringLiteral("annotations"),
                   QJsonObject{{QStringLiteral("vnd.docker.reference.digest"), amd.value(u"digest")},
                               {QStringLiteral("vnd.docker.reference.type"), QStringLiteral("attestation-manifest")}});
        const QJsonObject index{{QStringLiteral("schemaVersion"), 2},
                                {QStringLiteral("mediaType"), QStringLiteral("application/vnd.oci.image.index.v1+json")},
                                {QStringLiteral("manifests"), QJsonArray{amd, arm, att}}};
        return pushManifest(name, tag, index);
    }

private:
    // Synchronous request; returns the status and the Location header.
    QPair<int, QByteArray> request(const QByteArray &verb, const QString &pathOrUrl, const QByteArray &body,
                                   const QByteArray &contentType)
    {
        QUrl url(pathOrUrl);
        if (url.isRelative())
            url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)).resolved(url);
        QNetworkRequest req(url);
        if (!contentType.isEmpty())
            req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        if (!m_user.isEmpty())
            req.setRawHeader("Authorization", "Basic " + (m_user + u':' + m_password).toUtf8().toBase64());
        req.setTransferTimeout(5000);
        QNetworkReply *reply = m_nam.sendCustomRequest(req, verb, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray location = reply->rawHeader("Location");
        reply->deleteLater();
        return {status, location};
    }

    QTemporaryDir m_dir;
    QProcess m_process;
    QNetworkAccessManager m_nam;
    quint16 m_port = 0;
    QString m_user;
    QString m_password;
};
