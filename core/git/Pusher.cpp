#include "git/Pusher.h"

#include "git/GitHandles.h"
#include "git/RemoteSession.h"

#include <QFile>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Armlift::Git {

Pusher::Pusher(RemoteOptions options)
    : m_options(std::move(options))
{
}

QString Pusher::pullRequestUrl(const QString &remoteUrl, const QString &branch)
{
    // https://host/org/repo(.git), ssh://git@host/org/repo, git@host:org/repo.git
    static const QRegularExpression re(
        u"^(?:https?://(?:[^@/]+@)?|ssh://(?:[^@/]+@)?|[^@/:]+@)(github\\.com|gitlab\\.com|bitbucket\\.org)(?::\\d+)?[:/]"
        u"(.+?)(?:\\.git)?/?$"_s);
    const QRegularExpressionMatch m = re.match(remoteUrl);
    if (!m.hasMatch())
        return {};
    const QString host = m.captured(1);
    const QString project = m.captured(2);
    const QString b = QString::fromUtf8(QUrl::toPercentEncoding(branch, "/"));
    if (host == u"github.com"_s)
        return u"https://github.com/%1/pull/new/%2"_s.arg(project, b);
    if (host == u"gitlab.com"_s)
        return u"https://gitlab.com/%1/-/merge_requests/new?merge_request%5Bsource_branch%5D=%2"_s.arg(project, b);
    return u"https://bitbucket.org/%1/pull-requests/new?source=%2"_s.arg(project, b);
}

QStringList Pusher::remoteNames(const QString &repositoryPath)
{
    ensureLibraryInitialised();
    git_repository *rawRepo = nullptr;
    if (git_repository_open_ext(&rawRepo, QFile::encodeName(repositoryPath).constData(), 0, nullptr) < 0) {
        git_error_clear(); // not a repository: no remotes, nothing to report
        return {};
    }
    Repository repo(rawRepo);
    git_strarray names{};
    if (git_remote_list(&names, repo.get()) < 0) {
        git_error_clear();
        return {};
    }
    QStringList out;
    for (size_t i = 0; i < names.count; ++i)
        out.append(QString::fromUtf8(names.strings[i]));
    git_strarray_dispose(&names);
    out.sort();
    if (out.removeAll(u"origin"_s) > 0)
        out.prepend(u"origin"_s);
    return out;
}

Status Pusher::push(const QString &repositoryPath, const QString &branch, TransferObserver &observer,
                    const QString &remoteName, PushResult *result)
{
    ensureLibraryInitialised();
    git_repository *rawRepo = nullptr;
    if (int rc = git_repository_open_ext(&rawRepo, QFile::encodeName(repositoryPath).constData(), 0, nullptr); rc < 0)
        return Status::fromLibgit2(rc, repositoryPath);
    Repository repo(rawRepo);
    git_remote *rawRemote = nullptr;
    if (int rc = git_remote_lookup(&rawRemote, repo.get(), remoteName.toUtf8().constData()); rc < 0) {
        Status s = Status::fromLibgit2(rc);
        s.message = tr("The repository has no remote named %1.").arg(remoteName);
        return s;
    }
    Remote remote(rawRemote);
    const char *rawUrl = git_remote_pushurl(remote.get()) ? git_remote_pushurl(remote.get()) : git_remote_url(remote.get());
    const QString url = QString::fromUtf8(rawUrl);

    RemoteSession session(url, observer, m_options);
    git_push_options options = GIT_PUSH_OPTIONS_INIT;
    session.install(options.callbacks);
    const QByteArray refspec = "refs/heads/" + branch.toUtf8() + ":refs/heads/" + branch.toUtf8();
    char *specs[] = {const_cast<char *>(refspec.constData())};
    const git_strarray refspecs{specs, 1};
    const int rc = git_remote_push(remote.get(), &refspecs, &options);
    Status status = session.finish(Status::fromLibgit2(rc));
    if (status.ok() && !session.pushRejections().isEmpty()) {
        status = Status::failure(FailureKind::Rejected, {}, session.pushRejections().join(u"; "_s));
    }
    if (status.kind == FailureKind::Rejected) {
        const QString why = status.detail;
        if (why.contains(u"fast"_s, Qt::CaseInsensitive) || rc == GIT_ENONFASTFORWARD)
            status.message = tr("The push was rejected: the branch %1 on %2 has commits that are not in your "
                                "branch (not a fast-forward). Push to a new branch name, or fetch and rebase "
                                "your fixes onto the remote branch first.").arg(branch, remoteName);
        else
            status.message = tr("The remote rejected the push of %1: %2").arg(branch, why);
    }
    if (result) {
        result->remoteUrl = url;
        result->remoteBranch = QString::fromUtf8("refs/heads/" + branch.toUtf8());
        result->pullRequestUrl = pullRequestUrl(url, branch);
        // A push URL through a mirror or an ssh alias: the review happens where the fetch URL points.
        if (result->pullRequestUrl.isEmpty() && git_remote_url(remote.get()))
            result->pullRequestUrl = pullRequestUrl(QString::fromUtf8(git_remote_url(remote.get())), branch);
    }
    return status;
}

} // namespace Armlift::Git
