#include "git/GitError.h"
#include "git/GitHandles.h"

#include <cerrno>
#include <mutex>

using namespace Qt::StringLiterals;

namespace Armlift::Git {

void ensureLibraryInitialised()
{
    static std::once_flag once;
    std::call_once(once, [] {
        git_libgit2_init();
        // Deliberately never shut down: worker threads may still hold handles at exit, and the
        // OS reclaims everything anyway.
    });
}

namespace {

bool containsAny(const QString &text, std::initializer_list<QLatin1StringView> needles)
{
    for (QLatin1StringView needle : needles) {
        if (text.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

FailureKind classify(int rc, int errorClass, const QString &detail)
{
    if (rc == GIT_EUSER)
        return FailureKind::Cancelled;
    if (rc == GIT_EAUTH)
        return FailureKind::AuthFailed;
    if (rc == GIT_ENONFASTFORWARD)
        return FailureKind::Rejected;
    if (containsAny(detail, {"no space left"_L1, "disk quota"_L1}))
        return FailureKind::DiskFull;
    if (rc == GIT_ECERTIFICATE || errorClass == GIT_ERROR_SSL) {
        if (containsAny(detail, {"hostkey"_L1, "host key"_L1}))
            return FailureKind::HostKey;
        return FailureKind::Tls;
    }
    if (containsAny(detail, {"hostkey"_L1, "host key"_L1}))
        return FailureKind::HostKey;
    if (containsAny(detail, {"authentication"_L1, "status code: 401"_L1, "status code: 403"_L1,
                             "unauthorized"_L1, "permission denied"_L1, "auth replays"_L1,
                             "callback failed to initialize ssh credentials"_L1}))
        return FailureKind::AuthFailed;
    if (containsAny(detail, {"failed to resolve"_L1, "failed to connect"_L1, "connection refused"_L1,
                             "could not resolve"_L1, "network is unreachable"_L1, "timed out"_L1,
                             "no route to host"_L1, "failed to start ssh session"_L1,
                             "connection reset"_L1, "early eof"_L1}))
        return FailureKind::HostUnreachable;
    if (containsAny(detail, {"status code: 404"_L1, "not found"_L1, "does not appear to be a git repository"_L1,
                             "not exported"_L1, "could not find repository"_L1, "not a git repository"_L1,
                             "no such file"_L1, "does not exist"_L1, "access denied"_L1}))
        return FailureKind::NotFound;
    if (rc == GIT_ENOTFOUND)
        return FailureKind::NotFound;
    if (rc == GIT_EEXISTS)
        return FailureKind::InvalidInput;
    return FailureKind::Other;
}

} // namespace

Status Status::failure(FailureKind kind, const QString &message, const QString &detail)
{
    Status s;
    s.kind = kind;
    s.code = -1;
    s.message = message.isEmpty() ? describe(kind) : message;
    s.detail = detail.isEmpty() ? s.message : detail;
    return s;
}

Status Status::fromLibgit2(int rc, const QString &context)
{
    if (rc >= 0)
        return {};
    Status s;
    s.code = rc;
    if (const git_error *e = git_error_last(); e && e->message) {
        s.errorClass = e->klass;
        s.detail = QString::fromUtf8(e->message).trimmed();
    }
    if (s.detail.isEmpty())
        s.detail = u"libgit2 error %1"_s.arg(rc);
    s.kind = classify(rc, s.errorClass, s.detail);
    s.message = describe(s.kind);
    if (s.kind == FailureKind::Other || s.kind == FailureKind::InvalidInput)
        s.message = s.detail;
    if (!context.isEmpty())
        s.message = context + u": "_s + s.message;
    return s;
}

QString Status::describe(FailureKind kind)
{
    switch (kind) {
    case FailureKind::None: return {};
    case FailureKind::Cancelled: return tr("The operation was cancelled.");
    case FailureKind::HostUnreachable:
        return tr("The host could not be reached. Check the address and your network connection.");
    case FailureKind::AuthFailed:
        return tr("Authentication failed: the server did not accept the user name, password, token or key.");
    case FailureKind::NotFound:
        return tr("The repository was not found. Check the URL, or whether you have access to it.");
    case FailureKind::Tls:
        return tr("The server's TLS certificate could not be verified, so the connection was refused.");
    case FailureKind::HostKey:
        return tr("The SSH host key was not accepted: it does not match ~/.ssh/known_hosts or was refused.");
    case FailureKind::DiskFull: return tr("The disk is full. Free some space and try again.");
    case FailureKind::Rejected: return tr("The remote rejected the update.");
    case FailureKind::NoAuthor:
        return tr("No commit author is configured. Set user.name and user.email with git config, "
                  "in Settings, or pass --author \"Name <email>\".");
    case FailureKind::InvalidInput: return tr("The request is not valid.");
    case FailureKind::Other: return tr("The git operation failed.");
    }
    return {};
}

} // namespace Armlift::Git
