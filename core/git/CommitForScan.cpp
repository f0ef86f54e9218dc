#include "git/CommitForScan.h"

#include "git/Author.h"
#include "git/Committer.h"
#include "git/HeadlessObserver.h"
#include "git/MigrationBranch.h"
#include "git/Pusher.h"

namespace Armlift::Git {

bool commitForScan(const QString &root, const CommitForScanOptions &options, QString *error,
                   QStringList *summary, CredentialStore *credentials)
{
    const QString branch = options.branch.isEmpty() ? MigrationBranch::defaultName() : options.branch;
    Author author;
    if (Status s = resolveAuthor(root, {options.author, {}, {}}, &author); !s.ok()) {
        if (error)
            *error = s.message;
        return false;
    }
    const QString message = options.message.trimmed().isEmpty() ? Committer::messageFor(options.fixedRuleIds)
                                                                 : options.message;
    QString id;
    if (Status s = Committer::commit(root, branch, message, author, {}, &id); !s.ok()) {
        if (error)
            *error = Committer::tr("Could not commit on %1: %2").arg(branch, s.message);
        return false;
    }
    if (summary)
        summary->append(Committer::tr("Committed %1 on branch %2 as %3.").arg(id.left(12), branch, author.toString()));
    if (!options.push)
        return true;
    RemoteOptions remoteOptions;
    remoteOptions.credentials = credentials;
    HeadlessObserver headless;
    PushResult result;
    if (Status s = Pusher(remoteOptions).push(root, branch, headless, options.remote, &result); !s.ok()) {
        if (error)
            *error = Pusher::tr("Could not push %1 to %2: %3").arg(branch, options.remote, s.message);
        return false;
    }
    if (summary) {
        summary->append(Pusher::tr("Pushed %1 to %2.").arg(branch, result.remoteUrl));
        if (!result.pullRequestUrl.isEmpty())
            summary->append(Pusher::tr("Open a pull/merge request: %1").arg(result.pullRequestUrl));
    }
    return true;
}

} // namespace Armlift::Git
