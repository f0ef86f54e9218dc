#pragma once

#include "online/OnlineChecker.h"

#include <QHash>
#include <QObject>
#include <memory>
#include <vector>

class QAction;
class QMenu;
class QProgressBar;
class QToolButton;

namespace Armlift {

class CredentialStore;
class MainWindow;
class OnlineCheckThread;
class StoredRegistryCredentials;

// "Check Online" for the main window, in one object that installs itself:
//   auto *online = new OnlineActions(window);
//   online->addToMenu(menu);
// The check asks the registries (ARM102), PyPI (ARM301) and go.dev (ARM201 checksums) for the
// window's last scan, with the editors' unsaved text, on a worker thread (OnlineCheckThread);
// a busy bar and Cancel sit in the status bar meanwhile. The resulting findings (source
// registry, pypi, go.dev or cache) replace the window's through MainWindow::applyCheckedScan.
// When the project changes during the check (an edit, a rescan) its result is dropped. A later
// re-lint of an edited file replaces that file's findings with the offline ones again.
class OnlineActions : public QObject
{
    Q_OBJECT
public:
    // `store` null: the system keychain with the index in the Armlift settings (as GitActions).
    explicit OnlineActions(MainWindow *window, CredentialStore *store = nullptr);
    ~OnlineActions() override;

    void addToMenu(QMenu *menu);

    void checkOnline();
    void cancel();
    bool isChecking() const { return m_checking; }
    void showSettings();

    // "registry online, PyPI cache, go.dev unused; 3 requests" after a check, for the status bar.
    QString statusText() const { return m_statusText; }
    const OnlineReport &lastReport() const { return m_report; }

    QAction *checkAction() const { return m_check; }
    QAction *settingsAction() const { return m_settings; }
    QToolButton *cancelButton() const { return m_cancelButton; }
    QProgressBar *progressBar() const { return m_progress; }

Q_SIGNALS:
    // `applied` false: cancelled, or dropped because the project changed meanwhile.
    void checkFinished(bool applied);

private:
    void onFinished(const Armlift::OnlineReport &report);
    void setChecking(bool checking);
    void updateAction();
    void say(const QString &text);

    MainWindow *m_window;
    std::unique_ptr<CredentialStore> m_ownStore;
    CredentialStore *m_store;
    // Kept while any check might still read them: a cancelled check stops asynchronously.
    std::vector<std::unique_ptr<StoredRegistryCredentials>> m_logins;
    std::unique_ptr<OnlineCheckThread> m_thread; // declared last: stopped before the logins go
    QAction *m_check;
    QAction *m_settings;
    QProgressBar *m_progress;
    QToolButton *m_cancelButton;
    OnlineReport m_report;
    QString m_statusText;
    QHash<QString, quint64> m_revisions; // editor revisions when the check started
    bool m_checking = false;
    bool m_stale = false;
};

} // namespace Armlift
