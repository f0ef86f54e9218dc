#pragma once

#include "git/Author.h"
#include "git/GitError.h"

#include <QString>
#include <QStringList>

namespace Armlift::Git {

// Commits the work tree's changes on the migration branch with libgit2.
class Committer
{
    Q_DECLARE_TR_FUNCTIONS(Armlift::Git::Committer)

public:
    // The prefilled message: a subject and one line per fixed rule ID, sorted and unique.
    static QString messageFor(const QStringList &ruleIds);

    // Checks out `branch` (MigrationBranch::checkOut), stages every change (new, modified and
    // deleted files; .gitignore respected) or only `paths` when given, and commits with `author`
    // as author and committer. Afterwards the branch is current and, with all paths, the work
    // tree is clean. `commitId` receives the new commit's hex id.
    static Status commit(const QString &repositoryPath, const QString &branch, const QString &message,
                         const Author &author, const QStringList &paths = {}, QString *commitId = nullptr);
};

} // namespace Armlift::Git
