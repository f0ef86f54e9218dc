#include "git/GitActions.h"

#include "AppSettings.h"
#include "credentials/CredentialStore.h"
#include "git/CloneDialog.h"
#include "git/CommitDialog.h"
#include "git/CredentialsSettingsPage.h"
#include "git/MigrationBranch.h"
#include "git/PushDialog.h"
#include "git/Pusher.h"
#include "git/WorkTreeStatus.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Armlift {

namespace {
constexpr auto TrustedKey = "git/trustedCertificates"_L1;
}

GitActions::GitActions(QWidget *window, CredentialStore *store)
    : QObject(window)
    , m_window(window)
    , m_store(store)
    , m_clone(new QAction(tr("&Clone Repository…"), this))
    , m_branch(new QAction(tr("Create &Migration Branch"), this))
    , m_commit(new QAction(tr("&Commit Fixes…"), this))
    , m_push(new QAction(tr("&Push…"), this))
    , m_credentials(new QAction(tr("Saved &Credentials…"), this))
{
    if (!m_store) {
        m_ownStore = std::make_unique<KeychainCredentialStore>(AppSettings::open()->fileName());
        m_store = m_ownStore.get();
    }
    m_branchName = Git::MigrationBranch::defaultName();
    connect(m_clone, &QAction::triggered, this, [this] { cloneRepository(); });
    connect(m_branch, &QAction::triggered, this, &GitActions::createMigrationBranch);
    connect(m_commit, &QAction::triggered, this, &GitActions::commitFixes);
    connect(m_push, &QAction::triggered, this, &GitActions::push);
    connect(m_credentials, &QAction::triggered, this, &GitActions::showCredentials);
    updateActions();
}

GitActions::~GitActions() = default;

void GitActions::addToMenu(QMenu *fileMenu, QMenu *gitMenu)
{
    if (fileMenu)
        fileMenu->addAction(m_clone);
    if (gitMenu) {
        gitMenu->addAction(m_branch);
        gitMenu->addAction(m_commit);
        gitMenu->addAction(m_push);
        gitMenu->addSeparator();
        gitMenu->addAction(m_credentials);
    }
}

Git::RemoteOptions GitActions::remoteOptions() const
{
    Git::RemoteOptions options;
    options.credentials = m_store;
    options.trustedCertificates = AppSettings::open()->value(TrustedKey).toStringList();
    return options;
}

void GitActions::rememberTrusted(const QStringList &fingerprints)
{
    // Fingerprints are public: trusting one is a setting, not a secret.
    auto settings = AppSettings::open();
    QStringList all = settings->value(TrustedKey).toStringList() + fingerprints;
    all.removeDuplicates();
    settings->setValue(TrustedKey, all);
}

void GitActions::setRepository(const QString &path)
{
    m_repository = path;
    m_dirtyAcknowledged = false;
    refreshStatus();
}

void GitActions::setFixedRuleIds(const QStringList &ruleIds)
{
    m_ruleIds = ruleIds;
}

void GitActions::refreshStatus()
{
    Git::WorkTreeStatus state;
    const bool inRepository = !m_repository.isEmpty() && Git::WorkTreeStatus::read(m_repository, &state).ok();
    m_status = inRepository ? state.summary() : QString();
    m_dirty = inRepository && state.isDirty();
    if (inRepository && !state.branch.isEmpty() && state.branch != Git::MigrationBranch::defaultName())
        m_branchName = Git::MigrationBranch::defaultName();
    else if (inRepository && !state.branch.isEmpty())
        m_branchName = state.branch;
    updateActions();
    Q_EMIT statusChanged(m_status);
}

void GitActions::updateActions()
{
    const bool inRepository = !m_status.isEmpty();
    m_branch->setEnabled(inRepository);
    m_commit->setEnabled(inRepository);
    m_push->setEnabled(inRepository);
}

bool GitActions::confirmFixOnDirtyTree()
{
    refreshStatus();
    // Asked once per opened repository: the user's answer stands until another folder opens.
    if (!m_dirty || m_dirtyAcknowledged)
        return true;
    m_dirtyAcknowledged = QMessageBox::question(m_window, tr("Uncommitted Changes"),
                                                tr("The work tree has changes that are not committed (%1). Fixes "
                                                   "will be mixed with them in the next commit. Apply the fixes "
                                                   "anyway?")
                                                    .arg(m_status))
        == QMessageBox::Yes;
    return m_dirtyAcknowledged;
}

void GitActions::cloneRepository(const QString &url)
{
    CloneDialog dialog(remoteOptions(), m_window);
    if (!url.isEmpty())
        dialog.setUrl(url);
    connect(&dialog, &CloneDialog::cloned, this, &GitActions::repositoryCloned);
    dialog.exec();
    rememberTrusted(dialog.trustedCertificates());
}

void GitActions::createMigrationBranch()
{
    bool ok = false;
    const QString name = QInputDialog::getText(m_window, tr("Create Migration Branch"), tr("Branch name:"),
                                               QLineEdit::Normal, Git::MigrationBranch::defaultName(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    const Git::Status status = Git::MigrationBranch::checkOut(m_repository, name.trimmed());
    if (!status.ok()) {
        QMessageBox::warning(m_window, tr("Create Migration Branch"), status.message);
        return;
    }
    m_branchName = name.trimmed();
    refreshStatus();
    Q_EMIT message(tr("On branch %1; your changes are kept.").arg(m_branchName));
}

void GitActions::commitFixes()
{
    auto settings = AppSettings::open();
    const Git::AuthorFallback fallback{{}, settings->value(u"git/authorName"_s).toString(),
                                       settings->value(u"git/authorEmail"_s).toString()};
    CommitDialog dialog(m_repository, m_ruleIds, fallback, m_window);
    dialog.setBranch(m_branchName);
    connect(&dialog, &CommitDialog::committed, this, [this](const QString &branch, const QString &id) {
        m_branchName = branch;
        Q_EMIT committed(branch, id);
        Q_EMIT message(tr("Committed %1 on %2.").arg(id.left(10), branch));
    });
    dialog.exec();
    refreshStatus();
}

void GitActions::push()
{
    Git::WorkTreeStatus state;
    if (!Git::WorkTreeStatus::read(m_repository, &state).ok() || state.branch.isEmpty()) {
        QMessageBox::information(m_window, tr("Push"), tr("There is no branch to push: check out a branch first "
                                                          "(Git > Create Migration Branch)."));
        return;
    }
    PushDialog dialog(m_repository, state.branch, remoteOptions(), m_window);
    connect(&dialog, &PushDialog::pushed, this, [this](const QString &branch, const QString &pullRequestUrl) {
        Q_EMIT pushed(branch, pullRequestUrl);
        Q_EMIT message(tr("Pushed %1.").arg(branch));
    });
    dialog.exec();
    rememberTrusted(dialog.trustedCertificates());
}

void GitActions::showCredentials()
{
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Saved Credentials"));
    auto *page = new CredentialsSettingsPage(m_store, &dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(page);
    layout->addWidget(buttons);
    dialog.resize(520, 360);
    dialog.exec();
}

} // namespace Armlift
