#pragma once

#include "credentials/CredentialStore.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace Armlift::Git {

struct TransferProgress
{
    enum class Phase { Receiving, Resolving, CheckingOut, Pushing };

    Phase phase = Phase::Receiving;
    quint64 receivedObjects = 0;
    quint64 indexedObjects = 0;
    quint64 totalObjects = 0;
    quint64 receivedBytes = 0;
    quint64 checkoutDone = 0;
    quint64 checkoutTotal = 0;
    QString serverMessage; // "Counting objects: 42% …" from the remote's side band

    // 0..100 across the phase, for a progress bar.
    int percent() const;
    QString describe() const; // "Receiving objects: 120/400, 3.2 MiB"
};

// Asked for a credential by a remote operation. `attempt` counts prompts to the user (1-based).
struct CredentialRequest
{
    QString url;
    QString host;
    QString user;            // from the URL or the saved credential, may be empty
    bool allowsPassword = false;
    bool allowsSshKey = false;
    int attempt = 1;
    QString previousFailure; // why the last credential did not work, in plain words
};

struct EnteredCredential
{
    StoredCredential::Kind kind = StoredCredential::Kind::Password;
    QString user;
    QString secret;          // password, token or key passphrase
    QString keyFile;         // SshKey
    bool useAgent = false;   // SshKey: use ssh-agent instead of keyFile
    bool remember = true;    // save in the keychain once it worked
};

struct HostKeyQuestion
{
    QString host;
    int port = 22;
    QString keyType;         // ssh-ed25519…
    QString fingerprint;     // SHA256:…
    QString knownHostsFile;  // where an accepted key is added
};

struct CertificateQuestion
{
    QString host;
    QString fingerprint;     // SHA256 of the DER certificate, hex pairs
    QString problem;         // libgit2 / TLS library's reason
};

// What a remote operation needs from its caller: progress, cancel, and the questions only a
// person can answer. Called on the operation's (worker) thread; a GUI implementation marshals
// to the GUI thread. Defaults answer "no", which is right for headless use.
class TransferObserver
{
public:
    virtual ~TransferObserver() = default;

    virtual bool isCancelled() const { return false; }
    // Return false to cancel.
    virtual bool progress(const TransferProgress &) { return !isCancelled(); }
    // nullopt: the user gave up.
    virtual std::optional<EnteredCredential> askCredential(const CredentialRequest &) { return std::nullopt; }
    virtual bool acceptNewHostKey(const HostKeyQuestion &) { return false; }
    virtual bool acceptCertificate(const CertificateQuestion &) { return false; }
};

// Shared settings for clone, fetch and push.
struct RemoteOptions
{
    CredentialStore *credentials = nullptr;   // nullptr: nothing read or saved
    QString knownHostsFile;                   // empty: ~/.ssh/known_hosts
    QStringList trustedCertificates;          // SHA256 fingerprints accepted without asking
    bool trySshAgent = true;
    int maxPrompts = 3;                       // user prompts before giving up
};

} // namespace Armlift::Git
