#include "git/Cloner.h"

#include "git/GitHandles.h"
#include "git/HeadlessObserver.h"
#include "git/RemoteSession.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Armlift::Git {

int TransferProgress::percent() const
{
    switch (phase) {
    case Phase::CheckingOut:
        return checkoutTotal ? int(checkoutDone * 100 / checkoutTotal) : 0;
    case Phase::Resolving:
        return totalObjects ? int(indexedObjects * 100 / totalObjects) : 0;
    case Phase::Receiving:
    case Phase::Pushing:
        return totalObjects ? int(receivedObjects * 100 / totalObjects) : 0;
    }
    return 0;
}

QString TransferProgress::describe() const
{
    const QString size = QLocale::system().formattedDataSize(qint64(receivedBytes));
    switch (phase) {
    case Phase::Receiving:
        return QCoreApplication::translate("Armlift::Git::TransferProgress", "Receiving objects: %1/%2, %3")
            .arg(receivedObjects).arg(totalObjects).arg(size);
    case Phase::Resolving:
        return QCoreApplication::translate("Armlift::Git::TransferProgress", "Resolving deltas: %1/%2")
            .arg(indexedObjects).arg(totalObjects);
    case Phase::CheckingOut:
        return QCoreApplication::translate("Armlift::Git::TransferProgress", "Checking out files: %1/%2")
            .arg(checkoutDone).arg(checkoutTotal);
    case Phase::Pushing:
        return QCoreApplication::translate("Armlift::Git::TransferProgress", "Sending objects: %1/%2, %3")
            .arg(receivedObjects).arg(totalObjects).arg(size);
    }
    return {};
}

namespace {

// What clone() must remove on failure: `root` (and all below) when it created it, or the
// contents of `destination` when that existed empty.
struct CreatedPaths
{
    QString destination;
    QString root;
    bool destinationExisted = false;

    void removeAll() const
    {
        if (!destinationExisted) {
            if (!root.isEmpty())
                QDir(root).removeRecursively();
            return;
        }
        QDirIterator it(destination, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        while (it.hasNext()) {
            const QFileInfo entry(it.next());
            if (entry.isDir() && !entry.isSymLink())
                QDir(entry.filePath()).removeRecursively();
            else
                QFile::remove(entry.filePath());
        }
    }
};

bool isLocalPath(const QString &url)
{
    return !Cloner::isRemoteUrl(url) || url.startsWith(u"file://"_s);
}

} // namespace

Cloner::Cloner(RemoteOptions options)
    : m_options(std::move(options))
{
}

bool Cloner::isRemoteUrl(const QString &text)
{
    static const QRegularExpression scheme(u"^(https?|ssh|git|file|git\\+ssh|ssh\\+git)://"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression scpLike(u"^[A-Za-z0-9._~-]+@[A-Za-z0-9.-]+:(?!//)"_s);
    return scheme.match(text).hasMatch() || scpLike.match(text).hasMatch();
}

QString Cloner::folderNameFor(const QString &url)
{
    QString path = url;
    while (path.endsWith(u'/'))
        path.chop(1);
    QString name = path.mid(qMax(path.lastIndexOf(u'/'), path.lastIndexOf(u':')) + 1);
    if (name.endsWith(u".git"_s))
        name.chop(4);
    return name.isEmpty() ? u"repository"_s : name;
}

Status Cloner::clone(const CloneRequest &request, TransferObserver &observer)
{
    ensureLibraryInitialised();
    m_credentialCalls = 0;
    if (request.url.trimmed().isEmpty())
        return Status::failure(FailureKind::InvalidInput, tr("Enter the URL or path of a repository."));
    if (request.destination.trimmed().isEmpty())
        return Status::failure(FailureKind::InvalidInput, tr("Choose a destination folder."));

    CreatedPaths created;
    created.destination = QDir::cleanPath(QDir::current().absoluteFilePath(request.destination));
    const QFileInfo destInfo(created.destination);
    if (destInfo.exists()) {
        if (!destInfo.isDir() || !QDir(created.destination).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot))
            return Status::failure(FailureKind::InvalidInput,
                                   tr("The destination %1 already exists and is not an empty folder.").arg(created.destination));
        created.destinationExisted = true;
    } else {
        QString root = created.destination;
        while (!QFileInfo::exists(QFileInfo(root).path()))
            root = QFileInfo(root).path();
        created.root = root;
    }

    QString url = request.url.trimmed();
    if (!isRemoteUrl(url)) {
        if (!QFileInfo::exists(url))
            return Status::failure(FailureKind::NotFound, {}, tr("%1 does not exist").arg(url));
        url = QFileInfo(url).absoluteFilePath();
    }

    RemoteSession session(url, observer, m_options);
    git_clone_options options = GIT_CLONE_OPTIONS_INIT;
    session.install(options.fetch_opts.callbacks);
    session.installCheckout(options.checkout_opts);
    // libgit2's local transport cannot make a shallow clone; a local copy is cheap anyway.
    if (request.shallow && !isLocalPath(url))
        options.fetch_opts.depth = 1;
    const QByteArray branch = request.branch.trimmed().toUtf8();
    if (!branch.isEmpty())
        options.checkout_branch = branch.constData();

    Status status;
    {
        git_repository *raw = nullptr;
        const int rc = git_clone(&raw, url.toUtf8().constData(), QFile::encodeName(created.destination).constData(), &options);
        status = Status::fromLibgit2(rc);
        Repository repository(raw);
    }
    m_credentialCalls = session.credentialCalls();
    status = session.finish(status);
    if (status.ok() && observer.isCancelled())
        status = Status::failure(FailureKind::Cancelled, {});
    if (!status.ok()) {
        if (!branch.isEmpty() && status.detail.contains(QString::fromUtf8(branch)) && status.kind == FailureKind::NotFound)
            status.message = tr("The branch %1 does not exist in %2.").arg(request.branch, request.url);
        created.removeAll();
    }
    return status;
}

bool cloneForScan(const QString &url, const QString &dest, QString *error,
                  const std::function<void(const QString &)> &progress, CredentialStore *credentials)
{
    RemoteOptions options;
    options.credentials = credentials;
    Cloner cloner(options);
    HeadlessObserver observer(progress);
    const Status status = cloner.clone({url, dest, {}, true}, observer);
    if (!status.ok() && error)
        *error = Cloner::tr("Could not clone %1: %2").arg(url, status.message);
    return status.ok();
}

} // namespace Armlift::Git
