#include "git/WorkTreeStatus.h"

#include "git/GitHandles.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace Armlift::Git {

QString WorkTreeStatus::summary() const
{
    const QString where = detached ? tr("detached HEAD") : branch;
    if (changes.isEmpty())
        return tr("%1, clean").arg(where);
    if (changes.size() == 1)
        return tr("%1, 1 changed file").arg(where);
    return tr("%1, %2 changed files").arg(where).arg(changes.size());
}

Status WorkTreeStatus::read(const QString &path, WorkTreeStatus *out)
{
    ensureLibraryInitialised();
    git_repository *rawRepo = nullptr;
    if (int rc = git_repository_open_ext(&rawRepo, QFile::encodeName(path).constData(), 0, nullptr); rc < 0)
        return Status::fromLibgit2(rc, path);
    Repository repo(rawRepo);
    WorkTreeStatus result;
    if (const char *wd = git_repository_workdir(repo.get()))
        result.workTree = QDir::cleanPath(QFile::decodeName(wd));
    result.detached = git_repository_head_detached(repo.get()) == 1;
    git_reference *rawHead = nullptr;
    if (git_repository_head(&rawHead, repo.get()) == 0) {
        Reference head(rawHead);
        if (!result.detached)
            result.branch = QString::fromUtf8(git_reference_shorthand(head.get()));
    } else {
        git_error_clear();
        // Unborn branch: HEAD names it even without a commit.
        git_reference *rawSym = nullptr;
        if (git_reference_lookup(&rawSym, repo.get(), "HEAD") == 0) {
            Reference sym(rawSym);
            if (const char *target = git_reference_symbolic_target(sym.get()))
                result.branch = QString::fromUtf8(target).remove(u"refs/heads/"_s);
        } else {
            git_error_clear();
        }
    }

    git_status_options options = GIT_STATUS_OPTIONS_INIT;
    options.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR;
    options.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS
        | GIT_STATUS_OPT_RENAMES_HEAD_TO_INDEX | GIT_STATUS_OPT_SORT_CASE_SENSITIVELY;
    git_status_list *rawList = nullptr;
    if (int rc = git_status_list_new(&rawList, repo.get(), &options); rc < 0)
        return Status::fromLibgit2(rc, path);
    StatusList list(rawList);
    const size_t n = git_status_list_entrycount(list.get());
    for (size_t i = 0; i < n; ++i) {
        const git_status_entry *e = git_status_byindex(list.get(), i);
        const git_diff_delta *delta = e->index_to_workdir ? e->index_to_workdir : e->head_to_index;
        if (!delta || e->status == GIT_STATUS_CURRENT || (e->status & GIT_STATUS_IGNORED))
            continue;
        ChangedFile f;
        f.path = QString::fromUtf8(delta->new_file.path);
        const unsigned s = e->status;
        if (s & GIT_STATUS_WT_NEW)
            f.change = (s & GIT_STATUS_INDEX_NEW) ? ChangedFile::Change::Added : ChangedFile::Change::Untracked;
        else if (s & (GIT_STATUS_INDEX_NEW))
            f.change = ChangedFile::Change::Added;
        else if (s & (GIT_STATUS_WT_DELETED | GIT_STATUS_INDEX_DELETED))
            f.change = ChangedFile::Change::Deleted;
        else if (s & (GIT_STATUS_INDEX_RENAMED | GIT_STATUS_WT_RENAMED)) {
            f.change = ChangedFile::Change::Renamed;
            if (e->head_to_index)
                f.oldPath = QString::fromUtf8(e->head_to_index->old_file.path);
        } else if (s & (GIT_STATUS_INDEX_TYPECHANGE | GIT_STATUS_WT_TYPECHANGE))
            f.change = ChangedFile::Change::TypeChanged;
        if (f.change == ChangedFile::Change::Deleted && e->head_to_index && !e->index_to_workdir)
            f.path = QString::fromUtf8(e->head_to_index->old_file.path);
        result.changes.append(f);
    }
    *out = result;
    return {};
}

QByteArray WorkTreeStatus::headContents(const QString &repositoryPath, const QString &relativePath)
{
    ensureLibraryInitialised();
    git_repository *rawRepo = nullptr;
    if (git_repository_open_ext(&rawRepo, QFile::encodeName(repositoryPath).constData(), 0, nullptr) < 0) {
        git_error_clear();
        return {};
    }
    Repository repo(rawRepo);
    git_object *rawObject = nullptr;
    const QByteArray spec = "HEAD:" + relativePath.toUtf8();
    if (git_revparse_single(&rawObject, repo.get(), spec.constData()) < 0) {
        git_error_clear(); // new file: no HEAD version
        return {};
    }
    Object object(rawObject);
    if (git_object_type(object.get()) != GIT_OBJECT_BLOB)
        return {};
    const auto *blob = reinterpret_cast<const git_blob *>(object.get());
    return QByteArray(static_cast<const char *>(git_blob_rawcontent(blob)), qsizetype(git_blob_rawsize(blob)));
}

} // namespace Armlift::Git
