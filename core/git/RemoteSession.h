#pragma once

// Internal to core/git: the state of one remote operation (clone or push) behind libgit2's C
// callbacks. The static trampolines receive `this` as payload and forward to members, which
// talk to the C++ TransferObserver.

#include "git/GitError.h"
#include "git/GitHandles.h"
#include "git/KnownHosts.h"
#include "git/TransferObserver.h"

#include <QCoreApplication>
#include <QStringList>

namespace Armlift::Git {

class RemoteSession
{
    Q_DECLARE_TR_FUNCTIONS(Armlift::Git::RemoteSession)

public:
    RemoteSession(const QString &url, TransferObserver &observer, const RemoteOptions &options);

    void install(git_remote_callbacks &callbacks);
    void installCheckout(git_checkout_options &checkout);

    // The operation's result: `rc` from libgit2 (error read at once by the caller into
    // `libgitStatus`), replaced by the session's own reason when a callback stopped it. On success
    // a credential the user entered with "remember" is saved.
    Status finish(const Status &libgitStatus);

    int credentialCalls() const { return m_credentialCalls; }
    const QStringList &pushRejections() const { return m_pushRejections; }

    static QString hostOf(const QString &url);
    static int portOf(const QString &url); // 0 when the URL has none

private:
    enum class Offered { Nothing, Agent, DefaultKey, Stored, Entered };

    static int credentialsTrampoline(git_credential **out, const char *url, const char *user,
                                     unsigned int allowed, void *payload);
    static int certificateTrampoline(git_cert *cert, int valid, const char *host, void *payload);
    static int transferTrampoline(const git_indexer_progress *stats, void *payload);
    static int sidebandTrampoline(const char *text, int length, void *payload);
    static int pushTransferTrampoline(unsigned int current, unsigned int total, size_t bytes, void *payload);
    static int pushUpdateTrampoline(const char *refname, const char *status, void *payload);
    static void checkoutTrampoline(const char *path, size_t done, size_t total, void *payload);

    int credentials(git_credential **out, const QString &user, unsigned int allowed);
    int offer(git_credential **out, const EnteredCredential &credential, Offered how);
    int hostKeyCheck(const git_cert_hostkey *cert);
    int x509Check(const git_cert_x509 *cert, const QString &host);
    int report(TransferProgress progress);
    int stop(FailureKind kind, const QString &message);

    QString m_url;
    QString m_host;
    TransferObserver &m_observer;
    RemoteOptions m_options;
    KnownHosts m_knownHosts;

    int m_credentialCalls = 0;
    int m_prompts = 0;
    Offered m_lastOffered = Offered::Nothing;
    bool m_agentTried = false;
    bool m_storedTried = false;
    QStringList m_defaultKeysLeft;
    std::optional<EnteredCredential> m_toRemember;
    QString m_pendingFailure;
    Status m_stopped;
    QString m_serverMessage;
    QStringList m_pushRejections;
};

} // namespace Armlift::Git
