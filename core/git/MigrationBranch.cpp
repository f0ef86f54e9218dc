#include "git/MigrationBranch.h"

#include "git/GitHandles.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace Armlift::Git {

bool MigrationBranch::isValidName(const QString &name)
{
    ensureLibraryInitialised();
    int valid = 0;
    if (git_branch_name_is_valid(&valid, name.toUtf8().constData()) < 0) {
        git_error_clear();
        return false;
    }
    return valid != 0;
}

Status MigrationBranch::checkOut(const QString &repositoryPath, const QString &name)
{
    ensureLibraryInitialised();
    if (!isValidName(name))
        return Status::failure(FailureKind::InvalidInput, tr("\"%1\" is not a valid branch name.").arg(name));
    git_repository *rawRepo = nullptr;
    if (int rc = git_repository_open_ext(&rawRepo, QFile::encodeName(repositoryPath).constData(), 0, nullptr); rc < 0)
        return Status::fromLibgit2(rc, repositoryPath);
    Repository repo(rawRepo);
    const QByteArray refName = "refs/heads/" + name.toUtf8();

    git_object *rawHeadCommit = nullptr;
    if (int rc = git_revparse_single(&rawHeadCommit, repo.get(), "HEAD^{commit}"); rc < 0) {
        if (rc != GIT_ENOTFOUND)
            return Status::fromLibgit2(rc, repositoryPath);
        git_error_clear();
        // Unborn HEAD (no commit yet): pointing HEAD at the new name is all there is to do.
        if (int setRc = git_repository_set_head(repo.get(), refName.constData()); setRc < 0)
            return Status::fromLibgit2(setRc, name);
        return {};
    }
    Object headCommit(rawHeadCommit);

    git_reference *rawBranch = nullptr;
    int rc = git_branch_lookup(&rawBranch, repo.get(), name.toUtf8().constData(), GIT_BRANCH_LOCAL);
    if (rc == 0) {
        Reference branch(rawBranch);
        if (git_branch_is_head(branch.get()) == 1)
            return {};
        if (!git_oid_equal(git_reference_target(branch.get()), git_object_id(headCommit.get())))
            return Status::failure(FailureKind::InvalidInput,
                                   tr("The branch %1 already exists and points at another commit. Choose another "
                                      "branch name, or switch to it and apply the fixes there.").arg(name));
    } else if (rc == GIT_ENOTFOUND) {
        git_error_clear();
        rc = git_branch_create(&rawBranch, repo.get(), name.toUtf8().constData(),
                               reinterpret_cast<const git_commit *>(headCommit.get()), 0);
        if (rc < 0)
            return Status::fromLibgit2(rc, name);
        Reference created(rawBranch);
    } else {
        return Status::fromLibgit2(rc, name);
    }
    // Same commit as HEAD: moving HEAD leaves the index and the work tree exactly as they are.
    if (rc = git_repository_set_head(repo.get(), refName.constData()); rc < 0)
        return Status::fromLibgit2(rc, name);
    return {};
}

} // namespace Armlift::Git
