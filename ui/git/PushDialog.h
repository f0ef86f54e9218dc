#pragma once

#include "git/GitError.h"
#include "git/Pusher.h"
#include "git/TransferObserver.h"

#include <QDialog>
#include <QFutureWatcher>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace Armlift {

class GuiTransferObserver;

// Git > Push: the current branch to a chosen remote (origin first), on a worker thread with
// progress and a working Cancel; credential, host key and certificate questions come up on the
// GUI thread as in the clone. Afterwards it shows where the branch went and, for GitHub,
// GitLab and Bitbucket remotes, a link to open the pull/merge request. A failure is explained
// and the dialog stays open to retry.
class PushDialog : public QDialog
{
    Q_OBJECT
public:
    PushDialog(const QString &repository, const QString &branch, const Git::RemoteOptions &options,
               QWidget *parent = nullptr);
    ~PushDialog() override;

    QString branch() const { return m_branchName; }
    QStringList remotes() const;
    QString remote() const;
    void setRemote(const QString &name);

    void startPush();
    void cancelPush();
    bool isPushing() const { return m_running; }
    const Git::Status &lastStatus() const { return m_lastStatus; }
    const Git::PushResult &lastResult() const { return m_result; }
    QString statusText() const;
    int progressValue() const;
    QString pullRequestUrl() const { return m_result.pullRequestUrl; }
    GuiTransferObserver *observer() const { return m_observer; }
    QStringList trustedCertificates() const;

Q_SIGNALS:
    void pushed(const QString &branch, const QString &pullRequestUrl);
    void finished(bool ok);

protected:
    void reject() override;

private:
    void pushFinished();
    void setRunning(bool running);

    QString m_repository;
    QString m_branchName;
    Git::RemoteOptions m_options;
    QComboBox *m_remote;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_pushButton;
    GuiTransferObserver *m_observer;
    QFutureWatcher<Git::Status> m_watcher;
    Git::Status m_lastStatus;
    Git::PushResult m_result;
    bool m_running = false;
    bool m_closeWhenDone = false;
};

} // namespace Armlift
