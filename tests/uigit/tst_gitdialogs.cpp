// The git dialogs offscreen, against real servers: CloneDialog clones on a worker thread with
// progress and a working Cancel, asks for credentials and certificates in dialogs on the GUI
// thread; CommitDialog lists the changes with diffs and commits; the credentials page lists and
// forgets; GitActions fills the menus and reports the branch state.

#include "../git/GitTestServers.h"

#include "credentials/CredentialStore.h"
#include "git/CloneDialog.h"
#include "git/CommitDialog.h"
#include "git/CredentialDialog.h"
#include "git/CredentialsSettingsPage.h"
#include "git/GitActions.h"
#include "git/GuiTransferObserver.h"
#include "git/HostKeyDialog.h"
#include "git/PushDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QMenu>
#include <QMutex>
#include <QSignalSpy>
#include <QTimer>
#include <QtTest>

using namespace Armlift;
using namespace ArmliftTest;
using namespace Qt::StringLiterals;

namespace {

// A CredentialStore in memory: these tests are about the widgets; the keychain itself is
// tested against gnome-keyring in tests/git/tst_gitauth.
class MemoryCredentialStore : public CredentialStore
{
public:
    QList<StoredCredential> list() const override
    {
        QMutexLocker lock(&m_mutex);
        QList<StoredCredential> out = m_entries;
        for (StoredCredential &c : out)
            c.secret.clear();
        return out;
    }
    bool readSecret(StoredCredential &credential, QString *) override
    {
        QMutexLocker lock(&m_mutex);
        for (const StoredCredential &c : std::as_const(m_entries)) {
            if (c.id() == credential.id()) {
                credential.secret = c.secret;
                return true;
            }
        }
        return false;
    }
    bool save(const StoredCredential &credential, QString *) override
    {
        QMutexLocker lock(&m_mutex);
        m_entries.removeIf([&](const StoredCredential &c) { return c.id() == credential.id(); });
        m_entries.append(credential);
        return true;
    }
    bool forget(const QString &id, QString *) override
    {
        QMutexLocker lock(&m_mutex);
        return m_entries.removeIf([&](const StoredCredential &c) { return c.id() == id; }) > 0;
    }

private:
    mutable QMutex m_mutex;
    QList<StoredCredential> m_entries;
};

} // namespace

class tst_GitDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cloneDialogClones();
    void cloneDialogCancel();
    void credentialPromptOnGuiThread();
    void certificateDialogShowsFingerprint();
    void commitDialog();
    void credentialsPage();
    void gitActionsMenusAndStatus();
    void pushDialogShowsProgressAndPullRequest();
    void pushFromTheGitMenu();

private:
    QTemporaryDir m_dir;
    QString m_repos;
    GitDaemon m_daemon;
    HttpGitServer m_http;
    TlsProxy m_tls;
};

void tst_GitDialogs::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_repos = m_dir.path() + u"/repos"_s;
    QDir().mkpath(m_repos);
    makeBareRepository(m_repos, u"small"_s);
    makeBareRepository(m_repos, u"large"_s, 8);
    QVERIFY(m_daemon.start(m_repos));
    QDir().mkpath(m_dir.path() + u"/http"_s);
    QVERIFY(m_http.start(m_repos, m_dir.path() + u"/http"_s, u"bob"_s, u"tok-123"_s));
    QDir().mkpath(m_dir.path() + u"/tls"_s);
    QVERIFY(m_tls.start(m_dir.path() + u"/tls"_s, m_http.port()));
}

void tst_GitDialogs::cloneDialogClones()
{
    CloneDialog dialog({});
    QSignalSpy cloned(&dialog, &CloneDialog::cloned);
    dialog.setUrl(u"file://"_s + m_repos + u"/small.git"_s);
    QCOMPARE(QFileInfo(dialog.destination()).fileName(), u"small"_s); // suggested from the URL
    const QString dest = m_dir.path() + u"/gui-clone"_s;
    dialog.setDestination(dest);
    dialog.setBranch(u"release"_s);
    dialog.show();
    dialog.startClone();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isCloning(), 20000);
    QVERIFY2(dialog.lastStatus().ok(), qPrintable(dialog.lastStatus().detail));
    QCOMPARE(cloned.size(), 1);
    QCOMPARE(cloned.first().first().toString(), dest);
    QVERIFY(QFile::exists(dest + u"/Dockerfile"_s));
    QCOMPARE(git(dest, {u"rev-parse"_s, u"--abbrev-ref"_s, u"HEAD"_s}), u"release"_s);
}

void tst_GitDialogs::cloneDialogCancel()
{
    CloneDialog dialog({});
    dialog.setUrl(m_daemon.url(u"large.git"_s));
    const QString dest = m_dir.path() + u"/gui-cancel"_s;
    dialog.setDestination(dest);
    dialog.show();
    dialog.startClone();
    // Cancel once data flows: the GUI stayed responsive while the worker received.
    QTRY_VERIFY_WITH_TIMEOUT(dialog.statusText().startsWith(u"Receiving"_s) || !dialog.isCloning(), 20000);
    QVERIFY(dialog.isCloning());
    dialog.cancelClone();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isCloning(), 20000);
    QCOMPARE(dialog.lastStatus().kind, Git::FailureKind::Cancelled);
    QVERIFY(dialog.statusText().contains(u"cancelled"_s));
    QVERIFY(!QFileInfo::exists(dest));
}

void tst_GitDialogs::credentialPromptOnGuiThread()
{
    MemoryCredentialStore store;
    Git::RemoteOptions options;
    options.credentials = &store;
    CloneDialog dialog(options);
    dialog.setUrl(m_http.url(u"private/small.git"_s));
    const QString dest = m_dir.path() + u"/gui-auth"_s;
    dialog.setDestination(dest);
    dialog.show();

    int prompts = 0;
    bool onGuiThread = false, rememberDefault = false;
    QTimer answer;
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, this, [&] {
        CredentialDialog *d = CredentialDialog::current();
        if (!d || !d->isVisible())
            return;
        ++prompts;
        onGuiThread = QThread::currentThread() == qApp->thread() && d->thread() == qApp->thread();
        rememberDefault = d->rememberBox()->isChecked();
        d->userEdit()->setText(u"bob"_s);
        d->secretEdit()->setText(u"tok-123"_s);
        d->accept();
    });
    answer.start();
    dialog.startClone();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isCloning(), 20000);
    answer.stop();
    QVERIFY2(dialog.lastStatus().ok(), qPrintable(dialog.lastStatus().detail));
    QCOMPARE(prompts, 1);
    QVERIFY(onGuiThread);
    QVERIFY(rememberDefault);
    const QList<StoredCredential> saved = store.list();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().user, u"bob"_s);
    QCOMPARE(saved.first().host, u"127.0.0.1:%1"_s.arg(m_http.port()));
}

void tst_GitDialogs::certificateDialogShowsFingerprint()
{
    CloneDialog dialog({});
    dialog.setUrl(m_tls.url(u"git/small.git"_s));
    const QString dest = m_dir.path() + u"/gui-tls"_s;
    dialog.setDestination(dest);
    dialog.show();
    QString shownFingerprint;
    QTimer answer;
    answer.setInterval(20);
    connect(&answer, &QTimer::timeout, this, [&] {
        HostKeyDialog *d = HostKeyDialog::current();
        if (!d || !d->isVisible())
            return;
        shownFingerprint = d->fingerprintText();
        d->reject(); // the default button: do not trust
    });
    answer.start();
    dialog.startClone();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isCloning(), 20000);
    answer.stop();
    QCOMPARE(shownFingerprint, m_tls.fingerprint());
    QCOMPARE(dialog.lastStatus().kind, Git::FailureKind::Tls);
    QVERIFY(dialog.statusText().contains(u"TLS certificate"_s));
    QVERIFY(dialog.trustedCertificates().isEmpty());
    QVERIFY(!QFileInfo::exists(dest));
}

void tst_GitDialogs::commitDialog()
{
    const QString work = m_dir.path() + u"/commit-work"_s;
    git(m_dir.path(), {u"clone"_s, u"-q"_s, m_repos + u"/small.git"_s, work});
    git(work, {u"config"_s, u"user.name"_s, u"Repo Person"_s});
    git(work, {u"config"_s, u"user.email"_s, u"repo@example.org"_s});
    writeFile(work + u"/Dockerfile"_s, "FROM golang:1.22\nRUN go build -tags purego ./...\n");
    writeFile(work + u"/NOTES.md"_s, "arm64\n");

    CommitDialog dialog(work, {u"ARM401"_s, u"ARM201"_s}, {});
    QSignalSpy committed(&dialog, &CommitDialog::committed);
    QCOMPARE(dialog.changedFiles(), (QStringList{u"Dockerfile"_s, u"NOTES.md"_s}));
    dialog.selectFile(u"Dockerfile"_s);
    QVERIFY(dialog.diffText().contains(u"-RUN go build -tags amd64 ./...\n+RUN go build -tags purego ./..."_s));
    dialog.selectFile(u"NOTES.md"_s);
    QVERIFY(dialog.diffText().contains(u"+arm64"_s));
    QVERIFY(dialog.message().contains(u"- ARM201\n- ARM401"_s));
    QCOMPARE(dialog.authorText(), u"Repo Person <repo@example.org>"_s);
    QCOMPARE(dialog.branch(), u"arm64-migration"_s);
    QVERIFY(dialog.commit());
    QCOMPARE(committed.size(), 1);
    QCOMPARE(git(work, {u"rev-parse"_s, u"--abbrev-ref"_s, u"HEAD"_s}), u"arm64-migration"_s);
    QCOMPARE(git(work, {u"status"_s, u"--porcelain"_s}), QString());
    QCOMPARE(git(work, {u"log"_s, u"-1"_s, u"--format=%an"_s}), u"Repo Person"_s);
    QCOMPARE(git(work, {u"rev-parse"_s, u"HEAD"_s}), dialog.commitId());

    // Nothing left to commit now: the dialog says so instead of committing an empty change.
    CommitDialog again(work, {}, {});
    QVERIFY(again.changedFiles().isEmpty());
    QVERIFY(!again.commit() || again.changedFiles().isEmpty());
}

void tst_GitDialogs::credentialsPage()
{
    MemoryCredentialStore store;
    QString error;
    store.save({StoredCredential::Kind::Password, u"github.com"_s, u"ada"_s, {}, u"t1"_s}, &error);
    store.save({StoredCredential::Kind::SshKey, u"gitlab.com"_s, u"git"_s, u"/home/ada/.ssh/id_ed25519"_s, u"pp"_s}, &error);
    CredentialsSettingsPage page(&store);
    QCOMPARE(page.entries().size(), 2);
    QVERIFY(page.entries().at(0).contains(u"ada@github.com"_s));
    QVERIFY(page.entries().at(1).contains(u"id_ed25519"_s));
    for (const QString &text : page.entries())
        QVERIFY(!text.contains(u"t1"_s) && !text.contains(u" pp"_s));
    page.selectEntry(0);
    QVERIFY(page.forgetSelected());
    QCOMPARE(page.entries().size(), 1);
    QCOMPARE(store.list().size(), 1);
    QCOMPARE(store.list().first().host, u"gitlab.com"_s);
}

void tst_GitDialogs::gitActionsMenusAndStatus()
{
    QWidget window;
    MemoryCredentialStore store;
    auto *actions = new GitActions(&window, &store);
    QMenu file, gitMenu;
    actions->addToMenu(&file, &gitMenu);
    QVERIFY(file.actions().contains(actions->cloneAction()));
    QVERIFY(gitMenu.actions().contains(actions->commitAction()));
    QVERIFY(gitMenu.actions().contains(actions->pushAction()));
    QVERIFY(!actions->commitAction()->isEnabled()); // no repository yet

    const QString work = m_dir.path() + u"/actions-work"_s;
    git(m_dir.path(), {u"clone"_s, u"-q"_s, m_repos + u"/small.git"_s, work});
    QSignalSpy status(actions, &GitActions::statusChanged);
    actions->setRepository(work);
    QCOMPARE(actions->statusText(), u"main, clean"_s);
    QVERIFY(actions->commitAction()->isEnabled());
    QVERIFY(!actions->isDirty());
    writeFile(work + u"/Dockerfile"_s, "FROM debian\n");
    actions->refreshStatus();
    QCOMPARE(actions->statusText(), u"main, 1 changed file"_s);
    QVERIFY(actions->isDirty());
    QCOMPARE(status.size(), 2);
    actions->setRepository(m_dir.path() + u"/not-a-repo"_s);
    QCOMPARE(actions->statusText(), QString());
    QVERIFY(!actions->pushAction()->isEnabled());
}

// A clone whose fetch URL is on GitHub while pushes go to the loopback daemon (a push URL), with
// one commit on `branch` ready to push.
static QString pushableClone(const QString &base, const QString &bareUrl, const QString &name, const QString &branch)
{
    const QString work = base + u'/' + name;
    git(base, {u"clone"_s, u"-q"_s, bareUrl, work});
    git(work, {u"remote"_s, u"set-url"_s, u"origin"_s, u"git@github.com:acme/"_s + name + u".git"_s});
    git(work, {u"remote"_s, u"set-url"_s, u"--push"_s, u"origin"_s, bareUrl});
    git(work, {u"remote"_s, u"add"_s, u"backup"_s, bareUrl});
    git(work, {u"checkout"_s, u"-q"_s, u"-b"_s, branch});
    writeFile(work + u"/Dockerfile"_s, "FROM golang:1.22\nRUN go build -tags purego ./...\n");
    git(work, {u"commit"_s, u"-q"_s, u"-am"_s, u"Fix arm64 migration problems"_s});
    return work;
}

void tst_GitDialogs::pushDialogShowsProgressAndPullRequest()
{
    const QString work = pushableClone(m_dir.path(), m_daemon.url(u"small.git"_s), u"push-dialog"_s, u"arm64-dialog"_s);
    PushDialog dialog(work, u"arm64-dialog"_s, {});
    QCOMPARE(dialog.remotes(), (QStringList{u"origin"_s, u"backup"_s}));
    QCOMPARE(dialog.remote(), u"origin"_s);
    QSignalSpy progress(dialog.observer(), &GuiTransferObserver::progressChanged);
    QSignalSpy pushed(&dialog, &PushDialog::pushed);
    dialog.show();
    dialog.startPush();
    QVERIFY(dialog.isPushing());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isPushing(), 20000);
    QVERIFY2(dialog.lastStatus().ok(), qPrintable(dialog.lastStatus().detail));
    // Progress came from the worker while objects were sent.
    QVERIFY(!progress.isEmpty());
    QVERIFY2(progress.constLast().at(0).toString().startsWith(u"Sending objects: "_s),
             qPrintable(progress.constLast().at(0).toString()));
    QCOMPARE(dialog.progressValue(), 100);
    const QString prUrl = u"https://github.com/acme/push-dialog/pull/new/arm64-dialog"_s;
    QCOMPARE(dialog.pullRequestUrl(), prUrl);
    QVERIFY2(dialog.statusText().contains(u"Pushed arm64-dialog to origin ("_s + m_daemon.url(u"small.git"_s) + u")."_s),
             qPrintable(dialog.statusText()));
    QVERIFY2(dialog.statusText().contains(u"Open a pull/merge request: "_s + prUrl), qPrintable(dialog.statusText()));
    QCOMPARE(pushed.size(), 1);
    QCOMPARE(pushed.first().at(1).toString(), prUrl);
    QCOMPARE(git(m_repos + u"/small.git"_s, {u"rev-parse"_s, u"arm64-dialog"_s}), git(work, {u"rev-parse"_s, u"HEAD"_s}));

    // Another remote without a known review host: the branch arrives, no review link.
    git(work, {u"checkout"_s, u"-q"_s, u"-b"_s, u"arm64-backup"_s});
    PushDialog second(work, u"arm64-backup"_s, {});
    second.setRemote(u"backup"_s);
    second.show();
    second.startPush();
    QTRY_VERIFY_WITH_TIMEOUT(!second.isPushing(), 20000);
    QVERIFY2(second.lastStatus().ok(), qPrintable(second.lastStatus().detail));
    QVERIFY(second.pullRequestUrl().isEmpty());
    QVERIFY(!second.statusText().contains(u"pull/merge request"_s));
    QCOMPARE(git(m_repos + u"/small.git"_s, {u"rev-parse"_s, u"arm64-backup"_s}), git(work, {u"rev-parse"_s, u"HEAD"_s}));
}

void tst_GitDialogs::pushFromTheGitMenu()
{
    QWidget window;
    MemoryCredentialStore store;
    auto *actions = new GitActions(&window, &store);
    const QString work = pushableClone(m_dir.path(), m_daemon.url(u"small.git"_s), u"push-menu"_s, u"arm64-menu"_s);
    actions->setRepository(work);
    QVERIFY(actions->pushAction()->isEnabled());
    QSignalSpy pushed(actions, &GitActions::pushed);
    QString seenBranch, seenStatus;
    // The action opens the dialog modally: drive it from the event loop exec() runs.
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<PushDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        seenBranch = dialog->branch();
        connect(dialog, &PushDialog::finished, dialog, [&, dialog](bool) {
            seenStatus = dialog->statusText();
            dialog->done(QDialog::Rejected);
        });
        dialog->startPush();
    });
    actions->pushAction()->trigger();
    QCOMPARE(seenBranch, u"arm64-menu"_s);
    QVERIFY2(seenStatus.contains(u"https://github.com/acme/push-menu/pull/new/arm64-menu"_s), qPrintable(seenStatus));
    QCOMPARE(pushed.size(), 1);
    QCOMPARE(pushed.first().at(0).toString(), u"arm64-menu"_s);
    QCOMPARE(git(m_repos + u"/small.git"_s, {u"rev-parse"_s, u"arm64-menu"_s}), git(work, {u"rev-parse"_s, u"HEAD"_s}));
}

int main(int argc, char **argv)
{
    ArmliftTest::isolateHome();
    QApplication app(argc, argv);
    tst_GitDialogs test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gitdialogs.moc"
