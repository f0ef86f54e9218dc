#pragma once

#include "git/GitError.h"

#include <QString>

namespace Armlift::Git {

// The branch the fixes are committed on.
struct MigrationBranch
{
    Q_DECLARE_TR_FUNCTIONS(Armlift::Git::MigrationBranch)

public:
    static QString defaultName() { return QStringLiteral("arm64-migration"); }
    static bool isValidName(const QString &name);

    // Creates `name` at HEAD and makes it the current branch, keeping every change in the work
    // tree and index. Already current: nothing to do. Existing at HEAD's commit: switched to.
    // Existing elsewhere: refused (switching would have to merge the uncommitted fixes).
    static Status checkOut(const QString &repositoryPath, const QString &name = defaultName());
};

} // namespace Armlift::Git
