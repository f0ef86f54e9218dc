#pragma once

#include "git/GitError.h"
#include "git/TransferObserver.h"

#include <QString>
#include <functional>

namespace Armlift::Git {

struct CloneRequest
{
    QString url;          // https://, ssh://, user@host:path, git://, file://, or a local path
    QString destination;  // a new folder, or an existing empty one
    QString branch;       // empty: the remote's default branch
    bool shallow = false; // only the last commit (ignored for local paths: libgit2 cannot)
};

// Clones with libgit2 on the calling thread (call it from a worker thread in the GUI). A failed
// or cancelled clone removes what it created: the folder when it made it (with any parent
// folders it made), only the contents when the folder existed and was empty.
class Cloner
{
    Q_DECLARE_TR_FUNCTIONS(Armlift::Git::Cloner)

public:
    explicit Cloner(RemoteOptions options = {});

    Status clone(const CloneRequest &request, TransferObserver &observer);
    int lastCredentialCalls() const { return m_credentialCalls; }

    // True for URLs git fetches over the network or file://, false for a plain local path.
    static bool isRemoteUrl(const QString &text);
    // "repo" for ".../org/repo.git", for a default destination folder.
    static QString folderNameFor(const QString &url);

private:
    RemoteOptions m_options;
    int m_credentialCalls = 0;
};

// For armlift-scan URL: a headless clone into `dest` (must not exist or be empty) with saved
// credentials, ssh-agent and unencrypted default SSH keys; unknown SSH hosts are refused (they
// must be in ~/.ssh/known_hosts). `progress`, when given, receives one line per phase change
// and about every 10 %. Returns false with a plain-words reason in *error.
bool cloneForScan(const QString &url, const QString &dest, QString *error,
                  const std::function<void(const QString &line)> &progress = {},
                  CredentialStore *credentials = nullptr);

} // namespace Armlift::Git
