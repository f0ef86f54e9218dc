#include "git/RemoteSession.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Armlift::Git {

namespace {

QString hexPairs(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex(':').toUpper());
}

} // namespace

RemoteSession::RemoteSession(const QString &url, TransferObserver &observer, const RemoteOptions &options)
    : m_url(url)
    , m_host(hostOf(url))
    , m_observer(observer)
    , m_options(options)
    , m_knownHosts(options.knownHostsFile.isEmpty() ? KnownHosts::defaultFile() : options.knownHostsFile)
{
    // Unencrypted default identities, as ssh would try them; encrypted ones need a prompt.
    for (const char *name : {"id_ed25519", "id_ecdsa", "id_rsa"}) {
        const QString path = QDir::homePath() + u"/.ssh/"_s + QLatin1StringView(name);
        if (QFileInfo::exists(path))
            m_defaultKeysLeft.append(path);
    }
}

QString RemoteSession::hostOf(const QString &url)
{
    if (url.contains(u"://"_s)) {
        const QUrl u(url);
        return u.port() > 0 ? u"%1:%2"_s.arg(u.host()).arg(u.port()) : u.host();
    }
    // scp-like user@host:path
    const qsizetype colon = url.indexOf(u':');
    if (colon <= 0 || url.left(colon).contains(u'/'))
        return {};
    const QString userHost = url.left(colon);
    return userHost.mid(userHost.lastIndexOf(u'@') + 1);
}

int RemoteSession::portOf(const QString &url)
{
    return url.contains(u"://"_s) ? QUrl(url).port(0) : 0;
}

void RemoteSession::install(git_remote_callbacks &callbacks)
{
    callbacks.credentials = &RemoteSession::credentialsTrampoline;
    callbacks.certificate_check = &RemoteSession::certificateTrampoline;
    callbacks.transfer_progress = &RemoteSession::transferTrampoline;
    callbacks.sideband_progress = &RemoteSession::sidebandTrampoline;
    callbacks.push_transfer_progress = &RemoteSession::pushTransferTrampoline;
    callbacks.push_update_reference = &RemoteSession::pushUpdateTrampoline;
    callbacks.payload = this;
}

void RemoteSession::installCheckout(git_checkout_options &checkout)
{
    checkout.progress_cb = &RemoteSession::checkoutTrampoline;
    checkout.progress_payload = this;
}

int RemoteSession::credentialsTrampoline(git_credential **out, const char *, const char *user,
                                         unsigned int allowed, void *payload)
{
    return static_cast<RemoteSession *>(payload)->credentials(out, user ? QString::fromUtf8(user) : QString(), allowed);
}

int RemoteSession::certificateTrampoline(git_cert *cert, int valid, const char *host, void *payload)
{
    auto *self = static_cast<RemoteSession *>(payload);
    if (cert->cert_type == GIT_CERT_HOSTKEY_LIBSSH2)
        return self->hostKeyCheck(reinterpret_cast<const git_cert_hostkey *>(cert));
    if (valid)
        return 0;
    if (cert->cert_type == GIT_CERT_X509)
        return self->x509Check(reinterpret_cast<const git_cert_x509 *>(cert), QString::fromUtf8(host));
    return self->stop(FailureKind::Tls, tr("The certificate of %1 could not be verified.").arg(QString::fromUtf8(host)));
}

int RemoteSession::transferTrampoline(const git_indexer_progress *stats, void *payload)
{
    TransferProgress p;
    p.phase = stats->received_objects == stats->total_objects && stats->total_objects > 0
        ? TransferProgress::Phase::Resolving : TransferProgress::Phase::Receiving;
    p.receivedObjects = stats->received_objects;
    p.indexedObjects = stats->indexed_objects + stats->indexed_deltas;
    p.totalObjects = stats->total_objects + (p.phase == TransferProgress::Phase::Resolving ? stats->total_deltas : 0);
    p.receivedBytes = stats->received_bytes;
    return static_cast<RemoteSession *>(payload)->report(p);
}

int RemoteSession::sidebandTrampoline(const char *text, int length, void *payload)
{
    auto *self = static_cast<RemoteSession *>(payload);
    const QStringList lines = QString::fromUtf8(text, length).split(QRegularExpression(u"[\r\n]"_s), Qt::SkipEmptyParts);
    if (!lines.isEmpty())
        self->m_serverMessage = lines.last().trimmed();
    return self->m_observer.isCancelled() ? self->stop(FailureKind::Cancelled, {}) : 0;
}

int RemoteSession::pushTransferTrampoline(unsigned int current, unsigned int total, size_t bytes, void *payload)
{
    TransferProgress p;
    p.phase = TransferProgress::Phase::Pushing;
    p.receivedObjects = current;
    p.totalObjects = total;
    p.receivedBytes = bytes;
    return static_cast<RemoteSession *>(payload)->report(p);
}

int RemoteSession::pushUpdateTrampoline(const char *refname, const char *status, void *payload)
{
    if (status)
        static_cast<RemoteSession *>(payload)->m_pushRejections.append(
            QString::fromUtf8(refname) + u": "_s + QString::fromUtf8(status));
    return 0;
}

void RemoteSession::checkoutTrampoline(const char *, size_t done, size_t total, void *payload)
{
    TransferProgress p;
    p.phase = TransferProgress::Phase::CheckingOut;
    p.checkoutDone = done;
    p.checkoutTotal = total;
    // Checkout cannot be interrupted here; a cancel during it is honoured when it returns.
    static_cast<RemoteSession *>(payload)->report(p);
}

int RemoteSession::report(TransferProgress progress)
{
    progress.serverMessage = m_serverMessage;
    if (!m_observer.progress(progress) || m_observer.isCancelled())
        return stop(FailureKind::Cancelled, {});
    return 0;
}

int RemoteSession::stop(FailureKind kind, const QString &message)
{
    if (m_stopped.ok())
        m_stopped = Status::failure(kind, message);
    return GIT_EUSER;
}

int RemoteSession::offer(git_credential **out, const EnteredCredential &c, Offered how)
{
    m_lastOffered = how;
    const QByteArray user = c.user.toUtf8();
    const QByteArray secret = c.secret.toUtf8();
    if (c.kind == StoredCredential::Kind::Password)
        return git_credential_userpass_plaintext_new(out, user.constData(), secret.constData());
    if (c.useAgent)
        return git_credential_ssh_key_from_agent(out, user.constData());
    const QByteArray key = QFile::encodeName(c.keyFile);
    const QString publicKey = c.keyFile + u".pub"_s;
    const QByteArray pub = QFileInfo::exists(publicKey) ? QFile::encodeName(publicKey) : QByteArray();
    return git_credential_ssh_key_new(out, user.constData(), pub.isEmpty() ? nullptr : pub.constData(),
                                      key.constData(), secret.isEmpty() ? nullptr : secret.constData());
}

int RemoteSession::credentials(git_credential **out, const QString &urlUser, unsigned int allowed)
{
    ++m_credentialCalls;
    if (m_observer.isCancelled())
        return stop(FailureKind::Cancelled, {});
    const bool sshKey = allowed & GIT_CREDENTIAL_SSH_KEY;
    const bool password = allowed & GIT_CREDENTIAL_USERPASS_PLAINTEXT;
    const auto kind = sshKey ? StoredCredential::Kind::SshKey : StoredCredential::Kind::Password;

    std::optional<StoredCredential> stored;
    if (m_options.credentials)
        stored = m_options.credentials->find(kind, m_host, urlUser);
    QString user = urlUser.isEmpty() && stored ? stored->user : urlUser;

    if ((allowed & GIT_CREDENTIAL_USERNAME) && !sshKey && !password) {
        if (user.isEmpty())
            user = qEnvironmentVariable("USER", u"git"_s);
        return git_credential_username_new(out, user.toUtf8().constData());
    }
    if (!sshKey && !password)
        return stop(FailureKind::AuthFailed, tr("The server asks for a kind of authentication Armlift does not support."));

    // libgit2 calls again when the previous credential failed: note why before trying the next.
    switch (m_lastOffered) {
    case Offered::Stored:
        m_pendingFailure = tr("The saved credential for %1@%2 was rejected.").arg(user, m_host);
        break;
    case Offered::Entered:
        m_pendingFailure = tr("The server did not accept that credential.");
        m_toRemember.reset();
        break;
    default: break;
    }
    const bool storedFailed = m_lastOffered == Offered::Stored;
    m_lastOffered = Offered::Nothing;

    if (sshKey && m_options.trySshAgent && !m_agentTried && qEnvironmentVariableIsSet("SSH_AUTH_SOCK")) {
        m_agentTried = true;
        EnteredCredential agent{StoredCredential::Kind::SshKey, user.isEmpty() ? u"git"_s : user, {}, {}, true, false};
        return offer(out, agent, Offered::Agent);
    }
    if (!m_storedTried && stored) {
        m_storedTried = true;
        QString error;
        if (m_options.credentials->readSecret(*stored, &error)) {
            EnteredCredential c{stored->kind, stored->user, stored->secret, stored->keyFile, false, false};
            return offer(out, c, Offered::Stored);
        }
    }
    if (sshKey && !storedFailed && m_prompts == 0 && !m_defaultKeysLeft.isEmpty()) {
        EnteredCredential c{StoredCredential::Kind::SshKey, user.isEmpty() ? u"git"_s : user, {},
                            m_defaultKeysLeft.takeFirst(), false, false};
        return offer(out, c, Offered::DefaultKey);
    }
    // A rejected saved credential gets one question to the user and then stops: never a loop.
    const int maxPrompts = storedFailed ? m_prompts + 1 : m_options.maxPrompts;
    if (m_prompts >= maxPrompts)
        return stop(FailureKind::AuthFailed,
                    m_pendingFailure.isEmpty() ? Status::describe(FailureKind::AuthFailed)
                                               : m_pendingFailure + u' ' + Status::describe(FailureKind::AuthFailed));
    ++m_prompts;
    CredentialRequest request{m_url, m_host, user, password, sshKey, m_prompts, m_pendingFailure};
    std::optional<EnteredCredential> entered = m_observer.askCredential(request);
    if (m_observer.isCancelled())
        return stop(FailureKind::Cancelled, {});
    if (!entered) {
        return stop(FailureKind::AuthFailed, m_pendingFailure.isEmpty()
                        ? tr("The server at %1 needs a credential and none was given.").arg(m_host)
                        : m_pendingFailure);
    }
    if (entered->remember && !entered->useAgent)
        m_toRemember = entered;
    else
        m_toRemember.reset();
    return offer(out, *entered, Offered::Entered);
}

int RemoteSession::hostKeyCheck(const git_cert_hostkey *cert)
{
    if (!(cert->type & GIT_CERT_SSH_RAW) || !cert->hostkey || cert->hostkey_len == 0)
        return stop(FailureKind::HostKey, tr("The SSH server's host key could not be read, so it cannot be checked."));
    const QByteArray key(cert->hostkey, qsizetype(cert->hostkey_len));
    QString host = m_host;
    if (const qsizetype colon = host.lastIndexOf(u':'); colon > 0 && !host.endsWith(u']'))
        host.truncate(colon);
    const int port = portOf(m_url) > 0 ? portOf(m_url) : 22;
    const QString fingerprint = KnownHosts::sha256Fingerprint(key);
    switch (m_knownHosts.check(host, port, key)) {
    case KnownHosts::Verdict::Match: return 0;
    case KnownHosts::Verdict::Mismatch:
        return stop(FailureKind::HostKey,
                    tr("The SSH host key of %1 (%2 %3) does not match the one in %4. Someone may be "
                       "intercepting the connection, or the server's key was replaced: check with its "
                       "administrator before changing %4.")
                        .arg(KnownHosts::hostPattern(host, port), KnownHosts::keyType(key), fingerprint,
                             m_knownHosts.file()));
    case KnownHosts::Verdict::Unknown: break;
    }
    const HostKeyQuestion question{host, port, KnownHosts::keyType(key), fingerprint, m_knownHosts.file()};
    if (!m_observer.acceptNewHostKey(question))
        return stop(FailureKind::HostKey, tr("The SSH host key of %1 (%2) is not known and was not accepted.")
                                              .arg(KnownHosts::hostPattern(host, port), fingerprint));
    QString error;
    if (!m_knownHosts.add(host, port, key, &error))
        return stop(FailureKind::HostKey, tr("Could not add the host key to %1: %2").arg(m_knownHosts.file(), error));
    return 0;
}

int RemoteSession::x509Check(const git_cert_x509 *cert, const QString &host)
{
    const QByteArray der(static_cast<const char *>(cert->data), qsizetype(cert->len));
    const QString fingerprint = hexPairs(QCryptographicHash::hash(der, QCryptographicHash::Sha256));
    if (m_options.trustedCertificates.contains(fingerprint, Qt::CaseInsensitive))
        return 0;
    QString problem;
    if (const git_error *e = git_error_last(); e && e->message)
        problem = QString::fromUtf8(e->message);
    if (problem.isEmpty())
        problem = tr("The certificate is not signed by a trusted authority or does not match the host name.");
    if (m_observer.acceptCertificate({host, fingerprint, problem}))
        return 0;
    return stop(FailureKind::Tls, tr("The TLS certificate of %1 could not be verified (%2) and was not trusted. "
                                     "SHA-256 fingerprint: %3")
                                      .arg(host, problem, fingerprint));
}

Status RemoteSession::finish(const Status &libgitStatus)
{
    if (!m_stopped.ok())
        return m_stopped;
    if (!libgitStatus.ok()) {
        Status s = libgitStatus;
        if (s.kind == FailureKind::AuthFailed && !m_pendingFailure.isEmpty())
            s.message = m_pendingFailure + u' ' + s.message;
        return s;
    }
    if (m_toRemember && m_options.credentials) {
        StoredCredential c{m_toRemember->kind, m_host, m_toRemember->user, m_toRemember->keyFile,
                           m_toRemember->secret};
        QString error;
        // Not saving is not a failure of the clone; the user is asked again next time.
        m_options.credentials->save(c, &error);
    }
    return libgitStatus;
}

} // namespace Armlift::Git
