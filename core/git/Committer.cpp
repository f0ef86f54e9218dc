#include "git/Committer.h"

#include "git/GitHandles.h"
#include "git/MigrationBranch.h"

#include <QFile>

#include <vector>

using namespace Qt::StringLiterals;

namespace Armlift::Git {

QString Committer::messageFor(const QStringList &ruleIds)
{
    QStringList ids = ruleIds;
    ids.sort();
    ids.removeDuplicates();
    ids.removeAll(QString());
    QString message = tr("Fix arm64 migration problems") + u"\n\n"_s;
    if (ids.isEmpty())
        return message;
    message += tr("Fixes applied with Armlift:") + u'\n';
    for (const QString &id : std::as_const(ids))
        message += u"- "_s + id + u'\n';
    return message;
}

Status Committer::commit(const QString &repositoryPath, const QString &branch, const QString &message,
                         const Author &author, const QStringList &paths, QString *commitId)
{
    ensureLibraryInitialised();
    if (!author.isComplete())
        return Status::failure(FailureKind::NoAuthor, {});
    if (message.trimmed().isEmpty())
        return Status::failure(FailureKind::InvalidInput, tr("The commit message is empty."));
    if (Status s = MigrationBranch::checkOut(repositoryPath, branch); !s.ok())
        return s;

    git_repository *rawRepo = nullptr;
    if (int rc = git_repository_open_ext(&rawRepo, QFile::encodeName(repositoryPath).constData(), 0, nullptr); rc < 0)
        return Status::fromLibgit2(rc, repositoryPath);
    Repository repo(rawRepo);
    git_index *rawIndex = nullptr;
    if (int rc = git_repository_index(&rawIndex, repo.get()); rc < 0)
        return Status::fromLibgit2(rc);
    Index index(rawIndex);

    QList<QByteArray> pathBytes;
    for (const QString &p : paths)
        pathBytes.append(p.toUtf8());
    if (pathBytes.isEmpty())
        pathBytes.append("*");
    std::vector<char *> pathPointers;
    for (QByteArray &p : pathBytes)
        pathPointers.push_back(p.data());
    const git_strarray spec{pathPointers.data(), pathPointers.size()};
    // add_all picks up new and modified files; update_all records deletions.
    if (int rc = git_index_add_all(index.get(), &spec, GIT_INDEX_ADD_DEFAULT, nullptr, nullptr); rc < 0)
        return Status::fromLibgit2(rc, tr("Staging the changes"));
    if (int rc = git_index_update_all(index.get(), &spec, nullptr, nullptr); rc < 0)
        return Status::fromLibgit2(rc, tr("Staging the changes"));
    if (int rc = git_index_write(index.get()); rc < 0)
        return Status::fromLibgit2(rc, tr("Writing the index"));
    git_oid treeId;
    if (int rc = git_index_write_tree(&treeId, index.get()); rc < 0)
        return Status::fromLibgit2(rc, tr("Writing the tree"));
    git_tree *rawTree = nullptr;
    if (int rc = git_tree_lookup(&rawTree, repo.get(), &treeId); rc < 0)
        return Status::fromLibgit2(rc);
    Tree tree(rawTree);

    Commit parent(nullptr);
    git_object *rawParent = nullptr;
    if (int rc = git_revparse_single(&rawParent, repo.get(), "HEAD^{commit}"); rc == 0) {
        parent.reset(reinterpret_cast<git_commit *>(rawParent));
        if (git_oid_equal(git_commit_tree_id(parent.get()), &treeId))
            return Status::failure(FailureKind::InvalidInput, tr("There is nothing to commit: the work tree has no changes."));
    } else if (rc == GIT_ENOTFOUND) {
        git_error_clear();
    } else {
        return Status::fromLibgit2(rc);
    }

    git_signature *rawSignature = nullptr;
    if (int rc = git_signature_now(&rawSignature, author.name.toUtf8().constData(), author.email.toUtf8().constData()); rc < 0)
        return Status::fromLibgit2(rc, tr("Author %1").arg(author.toString()));
    Signature signature(rawSignature);

    const git_commit *parents[] = {parent.get()};
    git_oid id;
    const QByteArray text = message.toUtf8();
    if (int rc = git_commit_create(&id, repo.get(), "HEAD", signature.get(), signature.get(), "UTF-8",
                                   text.constData(), tree.get(), parent ? 1 : 0, parents);
        rc < 0)
        return Status::fromLibgit2(rc, tr("Creating the commit"));
    if (commitId) {
        char hex[GIT_OID_MAX_HEXSIZE + 1] = {};
        git_oid_tostr(hex, sizeof hex, &id);
        *commitId = QString::fromLatin1(hex);
    }
    return {};
}

} // namespace Armlift::Git
