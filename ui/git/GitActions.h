#pragma once

#include "git/TransferObserver.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <memory>

class QAction;
class QMenu;
class QWidget;

namespace Armlift {

class CredentialStore;

// The git part of the main window, in one object MainWindow instantiates:
//   auto *git = new GitActions(this);
//   git->addToMenu(fileMenu, gitMenu);
//   connect(git, &GitActions::repositoryCloned, this, &MainWindow::openPath);
//   git->setRepository(root);               // after a folder is opened
//   git->setFixedRuleIds(ids);              // rule IDs of the fixes applied so far
// statusChanged() carries "arm64-migration, 2 changed files" for the status bar.
class GitActions : public QObject
{
    Q_OBJECT
public:
    // `store` null: the system keychain with the index in the Armlift settings.
    explicit GitActions(QWidget *window, CredentialStore *store = nullptr);
    ~GitActions() override;

    void addToMenu(QMenu *fileMenu, QMenu *gitMenu);

    void setRepository(const QString &path);
    QString repository() const { return m_repository; }
    void setFixedRuleIds(const QStringList &ruleIds);
    QStringList fixedRuleIds() const { return m_ruleIds; }

    // "branch, N changed files"; empty when the folder is not in a git repository.
    QString statusText() const { return m_status; }
    bool isDirty() const { return m_dirty; }
    // Before applying fixes: on a dirty tree ask whether to go on. True: go on.
    bool confirmFixOnDirtyTree();
    void refreshStatus();

    // The entries (clone, open the dialogs); usable from tests and the welcome page.
    void cloneRepository(const QString &url = {});
    void createMigrationBranch();
    void commitFixes();
    void push();
    void showCredentials();

    Git::RemoteOptions remoteOptions() const;
    CredentialStore *credentialStore() const { return m_store; }

    QAction *cloneAction() const { return m_clone; }
    QAction *branchAction() const { return m_branch; }
    QAction *commitAction() const { return m_commit; }
    QAction *pushAction() const { return m_push; }
    QAction *credentialsAction() const { return m_credentials; }

Q_SIGNALS:
    void repositoryCloned(const QString &path);
    void committed(const QString &branch, const QString &commitId);
    void pushed(const QString &branch, const QString &pullRequestUrl);
    void statusChanged(const QString &text);
    void message(const QString &text); // one-line result for the status bar

private:
    void rememberTrusted(const QStringList &fingerprints);
    void updateActions();

    QPointer<QWidget> m_window;
    std::unique_ptr<CredentialStore> m_ownStore;
    CredentialStore *m_store;
    QString m_repository;
    QString m_branchName;
    QStringList m_ruleIds;
    QString m_status;
    bool m_dirty = false;
    bool m_dirtyAcknowledged = false; // "apply the fixes anyway" answered for this repository
    QAction *m_clone;
    QAction *m_branch;
    QAction *m_commit;
    QAction *m_push;
    QAction *m_credentials;
};

} // namespace Armlift
