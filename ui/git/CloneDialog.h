#pragma once

#include "git/GitError.h"
#include "git/TransferObserver.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace Armlift {

class GuiTransferObserver;

// File > Clone Repository: URL, destination, branch and shallow option. The clone runs on a
// worker thread with progress and a working Cancel; questions (credentials, host keys,
// certificates) come up as dialogs on the GUI thread. A failed or cancelled clone has already
// removed what it created; the dialog says why in plain words and stays open to retry.
class CloneDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CloneDialog(const Git::RemoteOptions &options, QWidget *parent = nullptr);
    ~CloneDialog() override;

    void setUrl(const QString &url);
    void setDestination(const QString &path);
    void setBranch(const QString &branch);
    void setShallow(bool shallow);
    QString destination() const;

    void startClone();
    void cancelClone();
    bool isCloning() const;
    const Git::Status &lastStatus() const { return m_lastStatus; }
    QString statusText() const;
    int progressValue() const;
    GuiTransferObserver *observer() const { return m_observer; }
    QStringList trustedCertificates() const;

Q_SIGNALS:
    void cloned(const QString &path);
    void finished(bool ok);

protected:
    void reject() override;

private:
    void cloneFinished();
    void setRunning(bool running);

    Git::RemoteOptions m_options;
    QLineEdit *m_url;
    QLineEdit *m_destination;
    QLineEdit *m_branch;
    QCheckBox *m_shallow;
    QProgressBar *m_progress;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    QPushButton *m_cloneButton;
    GuiTransferObserver *m_observer;
    QFutureWatcher<Git::Status> m_watcher;
    Git::Status m_lastStatus;
    bool m_destinationEdited = false;
    bool m_closeWhenDone = false;
    bool m_running = false; // until cloneFinished() ran, not only until the worker returned
};

} // namespace Armlift
