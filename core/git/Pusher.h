#pragma once

#include "git/GitError.h"
#include "git/TransferObserver.h"

#include <QString>
#include <QStringList>

namespace Armlift::Git {

struct PushResult
{
    QString remoteUrl;
    QString remoteBranch;    // "refs/heads/arm64-migration"
    QString pullRequestUrl;  // GitHub / GitLab / Bitbucket: where to open the review; else empty
};

// Pushes a local branch to a remote with the same credential, host key and certificate flow
// as the clone.
class Pusher
{
    Q_DECLARE_TR_FUNCTIONS(Armlift::Git::Pusher)

public:
    explicit Pusher(RemoteOptions options = {});

    Status push(const QString &repositoryPath, const QString &branch, TransferObserver &observer,
                const QString &remoteName = QStringLiteral("origin"), PushResult *result = nullptr);

    // The repository's remotes, "origin" first when it exists; empty when it has none (or is no repository).
    static QStringList remoteNames(const QString &repositoryPath);

    // The "new pull/merge request" page for remotes on github.com, gitlab.com, bitbucket.org.
    static QString pullRequestUrl(const QString &remoteUrl, const QString &branch);

private:
    RemoteOptions m_options;
};

} // namespace Armlift::Git
