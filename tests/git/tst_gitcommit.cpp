// Migration branch, author resolution and commit with libgit2, then push to a bare repository
// served by git daemon (receive-pack enabled), verified with plain git; a non-fast-forward
// push is refused with an explanation.

#include "GitTestServers.h"

#include "git/Author.h"
#include "git/Cloner.h"
#include "git/CommitForScan.h"
#include "git/Committer.h"
#include "git/MigrationBranch.h"
#include "git/Pusher.h"
#include "git/WorkTreeStatus.h"

#include <QtTest>

using namespace Armlift::Git;
using namespace ArmliftTest;
using namespace Qt::StringLiterals;

class tst_GitCommit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void authorResolution_data();
    void authorResolution();
    void parseAuthor_data();
    void parseAuthor();
    void migrationBranchKeepsChanges();
    void commitLeavesCleanTreeOnBranch();
    void nothingToCommit();
    void pushArrivesInBareRepository();
    void nonFastForwardExplained();
    void headlessCommitAndPush();
    void pullRequestUrls_data();
    void pullRequestUrls();

private:
    QString cloneFresh(const QString &name);
    void writeGlobalConfig(const QByteArray &text);

    QTemporaryDir m_dir;
    QString m_bare;
    GitDaemon m_daemon;
    int m_cloneCount = 0;
};

void tst_GitCommit::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QDir().mkpath(m_dir.path() + u"/served"_s);
    m_bare = makeBareRepository(m_dir.path() + u"/served"_s, u"app"_s);
    QVERIFY2(m_daemon.start(m_dir.path() + u"/served"_s), qPrintable(m_daemon.errors()));
}

void tst_GitCommit::init()
{
    writeGlobalConfig({});
}

void tst_GitCommit::cleanup()
{
    QFile::remove(QDir::homePath() + u"/.gitconfig"_s);
}

void tst_GitCommit::writeGlobalConfig(const QByteArray &text)
{
    writeFile(QDir::homePath() + u"/.gitconfig"_s, text);
}

QString tst_GitCommit::cloneFresh(const QString &name)
{
    const QString dest = m_dir.path() + u"/work/"_s + name + QString::number(++m_cloneCount);
    TransferObserver observer;
    const Status status = Cloner().clone({m_daemon.url(u"app.git"_s), dest, {}, false}, observer);
    if (!status.ok())
        qWarning("clone failed: %s", qPrintable(status.detail));
    return dest;
}

void tst_GitCommit::authorResolution_data()
{
    QTest::addColumn<QByteArray>("repoConfig");
    QTest::addColumn<QByteArray>("globalConfig");
    QTest::addColumn<QString>("settingsName");
    QTest::addColumn<QString>("explicitAuthor");
    QTest::addColumn<QString>("expected"); // empty: no author
    QTest::addColumn<QString>("source");
    const QByteArray repo = "[user]\n\tname = Repo Person\n\temail = repo@example.org\n";
    const QByteArray global = "[user]\n\tname = Global Person\n\temail = global@example.org\n";
    QTest::newRow("repository wins over global") << repo << global << u"Set Tings"_s << QString()
                                                 << u"Repo Person <repo@example.org>"_s << u"repository config"_s;
    QTest::newRow("global") << QByteArray() << global << u"Set Tings"_s << QString()
                            << u"Global Person <global@example.org>"_s << u"global config"_s;
    QTest::newRow("settings") << QByteArray() << QByteArray() << u"Set Tings"_s << QString()
                              << u"Set Tings <settings@example.org>"_s << u"settings"_s;
    QTest::newRow("--author wins") << repo << global << QString() << u"Cli User <cli@example.org>"_s
                                   << u"Cli User <cli@example.org>"_s << u"--author"_s;
    QTest::newRow("only a name is not enough") << QByteArray("[user]\n\tname = Half\n") << QByteArray()
                                               << QString() << QString() << QString() << QString();
    QTest::newRow("nothing") << QByteArray() << QByteArray() << QString() << QString() << QString() << QString();
}

void tst_GitCommit::authorResolution()
{
    QFETCH(QByteArray, repoConfig);
    QFETCH(QByteArray, globalConfig);
    QFETCH(QString, settingsName);
    QFETCH(QString, explicitAuthor);
    QFETCH(QString, expected);
    QFETCH(QString, source);
    const QString work = cloneFresh(u"author"_s);
    if (!repoConfig.isEmpty()) {
        QFile config(work + u"/.git/config"_s);
        QVERIFY(config.open(QIODevice::Append));
        config.write(repoConfig);
    }
    writeGlobalConfig(globalConfig);
    Author author;
    const AuthorFallback fallback{explicitAuthor, settingsName,
                                  settingsName.isEmpty() ? QString() : u"settings@example.org"_s};
    const Status status = resolveAuthor(work, fallback, &author);
    if (expected.isEmpty()) {
        QCOMPARE(status.kind, FailureKind::NoAuthor);
        QVERIFY(status.message.contains(u"--author"_s));
        QVERIFY(status.message.contains(u"user.email"_s));
        return;
    }
    QVERIFY2(status.ok(), qPrintable(status.message));
    QCOMPARE(author.toString(), expected);
    QCOMPARE(author.source, source);
}

void tst_GitCommit::parseAuthor_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("email");
    QTest::newRow("plain") << u"Ada Lovelace <ada@example.org>"_s << u"Ada Lovelace"_s << u"ada@example.org"_s;
    QTest::newRow("spaces") << u"  Ada   <ada@example.org>  "_s << u"Ada"_s << u"ada@example.org"_s;
    QTest::newRow("no email") << u"Ada"_s << QString() << QString();
    QTest::newRow("no name") << u"<ada@example.org>"_s << QString() << QString();
}

void tst_GitCommit::parseAuthor()
{
    QFETCH(QString, text);
    QFETCH(QString, name);
    QFETCH(QString, email);
    const std::optional<Author> a = Author::parse(text);
    QCOMPARE(a.has_value(), !name.isEmpty());
    if (a) {
        QCOMPARE(a->name, name);
        QCOMPARE(a->email, email);
    }
}

void tst_GitCommit::migrationBranchKeepsChanges()
{
    const QString work = cloneFresh(u"branch"_s);
    writeFile(work + u"/Dockerfile"_s, "FROM golang:1.22\nRUN go build -tags purego ./...\n");
    QVERIFY(MigrationBranch::checkOut(work).ok());
    QCOMPARE(git(work, {u"rev-parse"_s, u"--abbrev-ref"_s, u"HEAD"_s}), u"arm64-migration"_s);
    QCOMPARE(git(work, {u"status"_s, u"--porcelain"_s}), u"M Dockerfile"_s);
    QVERIFY(MigrationBranch::checkOut(work).ok()); // already current: fine
    QCOMPARE(MigrationBranch::checkOut(work, u"bad..name"_s).kind, FailureKind::InvalidInput);
    WorkTreeStatus state;
    QVERIFY(WorkTreeStatus::read(work + u"/blobs"_s.left(0), &state).ok());
    QCOMPARE(state.branch, u"arm64-migration"_s);
    QVERIFY(state.isDirty());
    QCOMPARE(state.changes.size(), 1);
    QCOMPARE(state.changes.first().path, u"Dockerfile"_s);
    QCOMPARE(state.changes.first().change, ChangedFile::Change::Modified);
    QVERIFY(WorkTreeStatus::headContents(work, u"Dockerfile"_s).contains("-tags amd64"));
}

void tst_GitCommit::commitLeavesCleanTreeOnBranch()
{
    const QString work = cloneFresh(u"commit"_s);
    writeFile(work + u"/Dockerfile"_s, "FROM golang:1.22\nRUN go build -tags purego ./...\n");
    writeFile(work + u"/docs/arm64.md"_s, "notes\n");
    QVERIFY(QFile::remove(work + u"/README.md"_s));
    const QString message = Committer::messageFor({u"ARM401"_s, u"ARM201"_s, u"ARM401"_s});
    QVERIFY(message.contains(u"- ARM201\n- ARM401\n"_s));
    QString id;
    const Author author{u"Ada Lovelace"_s, u"ada@example.org"_s, u"--author"_s};
    const Status status = Committer::commit(work, MigrationBranch::defaultName(), message, author, {}, &id);
    QVERIFY2(status.ok(), qPrintable(status.message));
    QCOMPARE(id.size(), 40);
    QCOMPARE(git(work, {u"rev-parse"_s, u"HEAD"_s}), id);
    QCOMPARE(git(work, {u"rev-parse"_s, u"--abbrev-ref"_s, u"HEAD"_s}), u"arm64-migration"_s);
    QCOMPARE(git(work, {u"status"_s, u"--porcelain"_s}), QString());
    QCOMPARE(git(work, {u"log"_s, u"-1"_s, u"--format=%an <%ae>|%cn|%s"_s}),
             u"Ada Lovelace <ada@example.org>|Ada Lovelace|Fix arm64 migration problems"_s);
    QCOMPARE(git(work, {u"show"_s, u"--name-status"_s, u"--format="_s, u"HEAD"_s}).split(u'\n'),
             (QStringList{u"M\tDockerfile"_s, u"D\tREADME.md"_s, u"A\tdocs/arm64.md"_s}));
    QCOMPARE(git(work, {u"rev-parse"_s, u"HEAD~1"_s}), git(work, {u"rev-parse"_s, u"origin/main"_s}));
}

void tst_GitCommit::nothingToCommit()
{
    const QString work = cloneFresh(u"clean"_s);
    const Status status = Committer::commit(work, u"arm64-migration"_s, u"x"_s, {u"A"_s, u"a@b.c"_s, {}});
    QCOMPARE(status.kind, FailureKind::InvalidInput);
    QCOMPARE(Committer::commit(work, u"arm64-migration"_s, u"x"_s, {}).kind, FailureKind::NoAuthor);
}

void tst_GitCommit::pushArrivesInBareRepository()
{
    const QString work = cloneFresh(u"push"_s);
    writeFile(work + u"/Dockerfile"_s, "FROM golang:1.22\nRUN go build -tags purego ./...\n");
    QString id;
    QVERIFY(Committer::commit(work, u"arm64-migration"_s, Committer::messageFor({u"ARM401"_s}),
                              {u"Ada"_s, u"ada@example.org"_s, {}}, {}, &id).ok());
    TransferObserver observer;
    PushResult result;
    const Status status = Pusher().push(work, u"arm64-migration"_s, observer, u"origin"_s, &result);
    QVERIFY2(status.ok(), qPrintable(status.detail));
    QCOMPARE(result.remoteBranch, u"refs/heads/arm64-migration"_s);
    QCOMPARE(result.remoteUrl, m_daemon.url(u"app.git"_s));
    QVERIFY(result.pullRequestUrl.isEmpty());
    QCOMPARE(git(m_bare, {u"log"_s, u"-1"_s, u"--format=%H %an %s"_s, u"arm64-migration"_s}),
             id + u" Ada Fix arm64 migration problems"_s);
    QCOMPARE(git(m_bare, {u"show"_s, u"arm64-migration:Dockerfile"_s}), u"FROM golang:1.22\nRUN go build -tags purego ./..."_s);
}

void tst_GitCommit::nonFastForwardExplained()
{
    // Someone else pushed to the branch first.
    const QString other = cloneFresh(u"other"_s);
    writeFile(other + u"/other.txt"_s, "theirs\n");
    QVERIFY(Committer::commit(other, u"contested"_s, u"theirs"_s, {u"B"_s, u"b@example.org"_s, {}}).ok());
    TransferObserver observer;
    QVERIFY(Pusher().push(other, u"contested"_s, observer).ok());

    const QString mine = cloneFresh(u"mine"_s);
    writeFile(mine + u"/mine.txt"_s, "mine\n");
    QVERIFY(Committer::commit(mine, u"contested"_s, u"mine"_s, {u"A"_s, u"a@example.org"_s, {}}).ok());
    const Status status = Pusher().push(mine, u"contested"_s, observer);
    QCOMPARE(status.kind, FailureKind::Rejected);
    QVERIFY2(status.message.contains(u"fast-forward"_s), qPrintable(status.message));
    QVERIFY(status.message.contains(u"new branch name"_s));
    QCOMPARE(git(m_bare, {u"log"_s, u"-1"_s, u"--format=%s"_s, u"contested"_s}), u"theirs"_s);
}

void tst_GitCommit::headlessCommitAndPush()
{
    const QString work = cloneFresh(u"cli"_s);
    writeFile(work + u"/Dockerfile"_s, "FROM golang:1.22\nRUN go build -tags purego ./...\n");
    QString error;
    QStringList summary;
    // No author anywhere: a clear error naming the option, nothing committed.
    QVERIFY(!commitForScan(work, {u"cli-branch"_s, {}, {u"ARM401"_s}, true}, &error, &summary));
    QVERIFY2(error.contains(u"--author"_s), qPrintable(error));
    QCOMPARE(git(work, {u"rev-parse"_s, u"--abbrev-ref"_s, u"HEAD"_s}), u"main"_s);
    QVERIFY(commitForScan(work, {u"cli-branch"_s, u"Cli User <cli@example.org>"_s, {u"ARM401"_s}, true}, &error, &summary));
    QCOMPARE(summary.size(), 2);
    QVERIFY(summary.at(1).contains(m_daemon.url(u"app.git"_s)));
    QCOMPARE(git(work, {u"status"_s, u"--porcelain"_s}), QString());
    QCOMPARE(git(m_bare, {u"log"_s, u"-1"_s, u"--format=%an|%b"_s, u"cli-branch"_s}),
             u"Cli User|Fixes applied with Armlift:\n- ARM401"_s);
}

void tst_GitCommit::pullRequestUrls_data()
{
    QTest::addColumn<QString>("remote");
    QTest::addColumn<QString>("expected");
    QTest::newRow("github https") << u"https://github.com/org/app.git"_s << u"https://github.com/org/app/pull/new/arm64-migration"_s;
    QTest::newRow("github scp") << u"git@github.com:org/app.git"_s << u"https://github.com/org/app/pull/new/arm64-migration"_s;
    QTest::newRow("gitlab ssh") << u"ssh://git@gitlab.com/group/sub/app.git"_s
                                << u"https://gitlab.com/group/sub/app/-/merge_requests/new?merge_request%5Bsource_branch%5D=arm64-migration"_s;
    QTest::newRow("bitbucket") << u"https://me@bitbucket.org/team/app.git"_s
                               << u"https://bitbucket.org/team/app/pull-requests/new?source=arm64-migration"_s;
    QTest::newRow("elsewhere") << u"https://git.example.org/app.git"_s << QString();
}

void tst_GitCommit::pullRequestUrls()
{
    QFETCH(QString, remote);
    QFETCH(QString, expected);
    QCOMPARE(Pusher::pullRequestUrl(remote, u"arm64-migration"_s), expected);
}

int main(int argc, char **argv)
{
    ArmliftTest::isolateHome();
    QCoreApplication app(argc, argv);
    tst_GitCommit test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gitcommit.moc"
