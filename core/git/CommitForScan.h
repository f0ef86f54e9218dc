#pragma once

#include "credentials/CredentialStore.h"

#include <QString>
#include <QStringList>

namespace Armlift::Git {

// armlift-scan --fix --branch NAME --commit [--push] [--author "Name <email>"] PATH, headless.
struct CommitForScanOptions
{
    QString branch;            // empty: arm64-migration
    QString author;            // --author; empty: git config, else a clear error naming --author
    QStringList fixedRuleIds;  // for the commit message
    bool push = false;
    QString remote = QStringLiteral("origin");
    QString message;           // --message; empty: Committer::messageFor(fixedRuleIds)
};

// Commits every change in `root` on the branch (checked out afterwards, work tree clean) and,
// with push, pushes it (saved credentials, ssh-agent, default keys, ARMLIFT_GIT_TOKEN; unknown
// SSH hosts and untrusted certificates refused, see HeadlessObserver). `summary` gets one line per step for stderr, with the
// pull/merge request URL for GitHub/GitLab/Bitbucket remotes.
bool commitForScan(const QString &root, const CommitForScanOptions &options, QString *error,
                   QStringList *summary = nullptr, CredentialStore *credentials = nullptr);

} // namespace Armlift::Git
