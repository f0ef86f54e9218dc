#pragma once

#include <QCoreApplication>
#include <QString>

namespace Armlift::Git {

// Why a git operation failed, in the categories a user can act on.
enum class FailureKind {
    None,
    Cancelled,
    HostUnreachable,
    AuthFailed,
    NotFound,
    Tls,
    HostKey,
    DiskFull,
    Rejected,      // push refused (non-fast-forward, hook, protected branch)
    NoAuthor,
    InvalidInput,  // bad URL, destination not empty, branch exists…
    Other,
};

// The outcome of one operation: ok, or a failure kind with libgit2's own message (for logs
// and details) and a plain sentence for the user. Built from git_error_last() at the moment the
// failing call returned, so a later libgit2 call cannot overwrite it.
struct Status
{
    Q_DECLARE_TR_FUNCTIONS(Armlift::Git::Status)

public:
    FailureKind kind = FailureKind::None;
    int code = 0;         // libgit2 return code (GIT_EAUTH, GIT_ECERTIFICATE…), 0 when ok
    int errorClass = 0;   // git_error_t
    QString detail;       // libgit2's message, untranslated
    QString message;      // plain words for the user

    bool ok() const { return kind == FailureKind::None; }
    explicit operator bool() const { return ok(); }

    static Status success() { return {}; }
    static Status failure(FailureKind kind, const QString &message, const QString &detail = {});

    // Reads git_error_last() now and classifies it. `rc` is the failing call's return code.
    static Status fromLibgit2(int rc, const QString &context = {});

    // Plain sentence for a failure kind, e.g. "The host could not be reached."
    static QString describe(FailureKind kind);
};

} // namespace Armlift::Git
