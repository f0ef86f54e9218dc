// The real armlift-scan binary with --fix --commit [--push]: commits on the migration branch and
// pushes to bare repositories served by git daemon and by git http-backend with basic auth
// (token from ARMLIFT_GIT_TOKEN), verified with plain git; a clone of a URL fixed, committed and
// pushed in one run; the author rules and the usage errors.

#include "../git/GitTestServers.h"

#include <QProcessEnvironment>
#include <QtTest>

using namespace ArmliftTest;
using namespace Qt::StringLiterals;

namespace {

const QString Binary = QStringLiteral(ARMLIFT_BIN_DIR "/armlift-scan");

// go1.20.2 amd64 tarball (ARM201) and -tags amd64 (ARM401): both have fixes.
const QByteArray FixableDockerfile = "FROM debian:bookworm-slim\n"
                                     "RUN wget https://go.dev/dl/go1.20.2.linux-amd64.tar.gz \\\n"
                                     " && tar -C /usr/local -xzf go1.20.2.linux-amd64.tar.gz\n"
                                     "RUN go build -tags amd64 ./...\n";

RunResult scan(const QStringList &args, const QHash<QString, QString> &env = {})
{
    QProcess p;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        environment.insert(it.key(), it.value());
    p.setProcessEnvironment(environment);
    p.start(Binary, args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit)
        return {-1, {}, u"armlift-scan did not finish: "_s + p.errorString()};
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class tst_CliGit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpDocumentsTheOptions();
    void usageErrors_data();
    void usageErrors();
    void missingAuthorChangesNothing();
    void dirtyTreeRefused();
    void commitOnly();
    void commitAndPushOverGitDaemon();
    void pushOverHttpWithTokenFromEnvironment();
    void wrongTokenFailsClearly();
    void urlClonedFixedCommittedPushed();

private:
    QString makeServedRepository(const QString &name);
    QString cloneWork(const QString &url, const QString &name, bool withAuthor);

    QTemporaryDir m_dir;
    QString m_served;
    GitDaemon m_daemon;
    HttpGitServer m_http;
};

void tst_CliGit::initTestCase()
{
    QVERIFY2(QFileInfo(Binary).isExecutable(), qPrintable(Binary + u" is missing; build the armlift-scan target"_s));
    QVERIFY(m_dir.isValid());
    m_served = m_dir.path() + u"/served"_s;
    QDir().mkpath(m_served);
    QVERIFY2(m_daemon.start(m_served), qPrintable(m_daemon.errors()));
    QDir().mkpath(m_dir.path() + u"/http"_s);
    QVERIFY2(m_http.start(m_served, m_dir.path() + u"/http"_s, u"ci"_s, u"tok-987"_s), qPrintable(m_http.errors()));
}

// A bare repository whose Dockerfile has fixable findings; http-backend pushes need receivepack.
QString tst_CliGit::makeServedRepository(const QString &name)
{
    const QString bare = makeBareRepository(m_served, name);
    const QString src = m_served + u"/src-"_s + name;
    writeFile(src + u"/Dockerfile"_s, FixableDockerfile);
    git(src, {u"commit"_s, u"-q"_s, u"-am"_s, u"fixable"_s});
    git(src, {u"push"_s, u"-q"_s, bare, u"main"_s});
    git(bare, {u"config"_s, u"http.receivepack"_s, u"true"_s});
    return bare;
}

QString tst_CliGit::cloneWork(const QString &url, const QString &name, bool withAuthor)
{
    const QString work = m_dir.path() + u"/work-"_s + name;
    git(m_dir.path(), {u"clone"_s, u"-q"_s, url, work});
    if (withAuthor) {
        git(work, {u"config"_s, u"user.name"_s, u"Repo Person"_s});
        git(work, {u"config"_s, u"user.email"_s, u"repo@example.org"_s});
    }
    return work;
}

void tst_CliGit::helpDocumentsTheOptions()
{
    const RunResult help = scan({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    for (const QString &option : {u"--commit"_s, u"--branch <NAME>"_s, u"--push"_s, u"--remote <NAME>"_s,
                                  u"--author <AUTHOR>"_s, u"--message <TEXT>"_s, u"arm64-migration"_s,
                                  u"ARMLIFT_GIT_TOKEN"_s})
        QVERIFY2(help.out.contains(option), qPrintable(option));
}

void tst_CliGit::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString repo = u"REPO"_s; // replaced by a real work tree
    QTest::newRow("commit without fix") << QStringList{u"--commit"_s, repo} << u"--commit needs --fix"_s;
    QTest::newRow("push without commit") << QStringList{u"--fix"_s, u"--push"_s, repo} << u"--push needs --commit"_s;
    QTest::newRow("branch without commit") << QStringList{u"--fix"_s, u"--branch"_s, u"x"_s, repo}
                                           << u"--branch is only used with --fix --commit"_s;
    QTest::newRow("author without commit") << QStringList{u"--author"_s, u"A <a@b.c>"_s, repo}
                                           << u"--author is only used with --fix --commit"_s;
    QTest::newRow("remote without push") << QStringList{u"--fix"_s, u"--commit"_s, u"--remote"_s, u"up"_s, repo}
                                         << u"--remote is only used with --fix --commit --push"_s;
    QTest::newRow("bad branch") << QStringList{u"--fix"_s, u"--commit"_s, u"--branch"_s, u"bad..name"_s, repo}
                                << u"not a valid git branch name"_s;
    QTest::newRow("bad author") << QStringList{u"--fix"_s, u"--commit"_s, u"--author"_s, u"nobody"_s, repo}
                                << u"\"Name <email>\""_s;
    QTest::newRow("two paths") << QStringList{u"--fix"_s, u"--commit"_s, repo, repo} << u"--commit takes one PATH"_s;
    QTest::newRow("not a repository") << QStringList{u"--fix"_s, u"--commit"_s, u"NOREPO"_s}
                                      << u"is not in a git repository"_s;
    QTest::newRow("url commit would be lost") << QStringList{u"--fix"_s, u"--commit"_s, u"URL"_s}
                                              << u"add --push, or --keep-clone DIR"_s;
}

void tst_CliGit::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    static const QString work = [this] {
        makeServedRepository(u"usage"_s);
        return cloneWork(m_served + u"/usage.git"_s, u"usage"_s, true);
    }();
    const QString noRepo = m_dir.path() + u"/plain"_s;
    writeFile(noRepo + u"/Dockerfile"_s, FixableDockerfile);
    for (QString &a : args) {
        if (a == u"REPO"_s)
            a = work;
        else if (a == u"NOREPO"_s)
            a = noRepo;
        else if (a == u"URL"_s)
            a = m_daemon.url(u"usage.git"_s);
    }
    const QByteArray before = readAll(work + u"/Dockerfile"_s);
    const RunResult r = scan(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out)); // nothing fixed, so no diff
    QCOMPARE(readAll(work + u"/Dockerfile"_s), before);
    QCOMPARE(git(work, {u"status"_s, u"--porcelain"_s}), QString());
}

void tst_CliGit::missingAuthorChangesNothing()
{
    makeServedRepository(u"noauthor"_s);
    const QString work = cloneWork(m_served + u"/noauthor.git"_s, u"noauthor"_s, false);
    const RunResult r = scan({u"--fix"_s, u"--commit"_s, work});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"--author \"Name <email>\""_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"user.email"_s), qPrintable(r.err));
    // Refused before fixing: no half-done state to clean up.
    QCOMPARE(readAll(work + u"/Dockerfile"_s), FixableDockerfile);
    QCOMPARE(git(work, {u"status"_s, u"--porcelain"_s}), QString());
    QCOMPARE(git(work, {u"rev-parse"_s, u"--abbrev-ref"_s, u"HEAD"_s}), u"main"_s);
}

void tst_CliGit::dirtyTreeRefused()
{
    makeServedRepository(u"dirty"_s);
    const QString work = cloneWork(m_served + u"/dirty.git"_s, u"dirty"_s, true);
    writeFile(work + u"/notes.txt"_s, "mine\n");
    const RunResult r = scan({u"--fix"_s, u"--commit"_s, work});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"uncommitted changes"_s), qPrintable(r.err));
    QCOMPARE(readAll(work + u"/Dockerfile"_s), FixableDockerfile);
}

void tst_CliGit::commitOnly()
{
    makeServedRepository(u"local"_s);
    const QString work = cloneWork(m_served + u"/local.git"_s, u"local"_s, true);
    const QString head = git(work, {u"rev-parse"_s, u"HEAD"_s});
    const RunResult r = scan({u"--fix"_s, u"--commit"_s, u"--message"_s, u"Make the build portable"_s, work});
    QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"+RUN go build -tags purego ./..."_s), qPrintable(r.out)); // the diff, as with --fix
    QVERIFY2(r.err.contains(u"on branch arm64-migration as Repo Person <repo@example.org>"_s), qPrintable(r.err));
    QCOMPARE(git(work, {u"rev-parse"_s, u"--abbrev-ref"_s, u"HEAD"_s}), u"arm64-migration"_s);
    QCOMPARE(git(work, {u"status"_s, u"--porcelain"_s}), QString());
    QCOMPARE(git(work, {u"rev-parse"_s, u"HEAD~1"_s}), head);
    QCOMPARE(git(work, {u"log"_s, u"-1"_s, u"--format=%s"_s}), u"Make the build portable"_s);
    QVERIFY(git(work, {u"show"_s, u"HEAD:Dockerfile"_s}).contains(u"-tags purego"_s));
    // Nothing pushed.
    QCOMPARE(git(m_served + u"/local.git"_s, {u"branch"_s, u"--list"_s, u"arm64-migration"_s}), QString());
}

void tst_CliGit::commitAndPushOverGitDaemon()
{
    const QString bare = makeServedRepository(u"daemon"_s);
    const QString work = cloneWork(m_daemon.url(u"daemon.git"_s), u"daemon"_s, true);
    // The review happens on GitHub; pushes go through the loopback daemon (a push URL).
    git(work, {u"remote"_s, u"set-url"_s, u"origin"_s, u"https://github.com/acme/app.git"_s});
    git(work, {u"remote"_s, u"set-url"_s, u"--push"_s, u"origin"_s, m_daemon.url(u"daemon.git"_s)});
    const RunResult r = scan({u"--fix"_s, u"--commit"_s, u"--push"_s, work});
    QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(r.err));
    QVERIFY2(r.err.contains(u"Pushed arm64-migration to "_s + m_daemon.url(u"daemon.git"_s)), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"https://github.com/acme/app/pull/new/arm64-migration"_s), qPrintable(r.err));

    const QString local = git(work, {u"rev-parse"_s, u"HEAD"_s});
    QCOMPARE(git(bare, {u"rev-parse"_s, u"arm64-migration"_s}), local);
    QCOMPARE(git(bare, {u"log"_s, u"-1"_s, u"--format=%an <%ae>"_s, u"arm64-migration"_s}),
             u"Repo Person <repo@example.org>"_s);
    const QString body = git(bare, {u"log"_s, u"-1"_s, u"--format=%s%n%b"_s, u"arm64-migration"_s});
    QVERIFY2(body.startsWith(u"Fix arm64 migration problems"_s), qPrintable(body));
    QVERIFY2(body.contains(u"- ARM201\n"_s) && body.contains(u"- ARM401"_s), qPrintable(body));
    QVERIFY(git(bare, {u"show"_s, u"arm64-migration:Dockerfile"_s}).contains(u"-tags purego"_s));
    QCOMPARE(git(work, {u"status"_s, u"--porcelain"_s}), QString());
    QCOMPARE(git(work, {u"rev-parse"_s, u"--abbrev-ref"_s, u"HEAD"_s}), u"arm64-migration"_s);
}

void tst_CliGit::pushOverHttpWithTokenFromEnvironment()
{
    const QString bare = makeServedRepository(u"private"_s);
    // Cloned by plain git (anonymous path); pushed by armlift-scan through the authenticated one.
    const QString work = cloneWork(m_http.url(u"git/private.git"_s), u"http"_s, false);
    git(work, {u"remote"_s, u"set-url"_s, u"origin"_s, m_http.url(u"private/private.git"_s)});
    const RunResult r = scan({u"--fix"_s, u"--commit"_s, u"--push"_s, u"--branch"_s, u"ci/arm64"_s, u"--author"_s,
                              u"CI Bot <ci@example.org>"_s, u"--quiet"_s, work},
                             {{u"ARMLIFT_GIT_USER"_s, u"ci"_s}, {u"ARMLIFT_GIT_TOKEN"_s, u"tok-987"_s}});
    QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(r.err));
    QVERIFY2(r.err.contains(u"Pushed ci/arm64"_s), qPrintable(r.err)); // --quiet keeps the result lines
    QCOMPARE(git(bare, {u"log"_s, u"-1"_s, u"--format=%an <%ae>"_s, u"ci/arm64"_s}), u"CI Bot <ci@example.org>"_s);
    QCOMPARE(git(bare, {u"rev-parse"_s, u"ci/arm64"_s}), git(work, {u"rev-parse"_s, u"HEAD"_s}));
    // The token is neither in the repository's config nor in the output.
    QVERIFY(!readAll(work + u"/.git/config"_s).contains("tok-987"));
    QVERIFY(!r.err.contains(u"tok-987"_s) && !r.out.contains(u"tok-987"_s));
}

void tst_CliGit::wrongTokenFailsClearly()
{
    const QString bare = makeServedRepository(u"wrong"_s);
    const QString work = cloneWork(m_http.url(u"git/wrong.git"_s), u"wrong"_s, true);
    git(work, {u"remote"_s, u"set-url"_s, u"origin"_s, m_http.url(u"private/wrong.git"_s)});
    const RunResult r = scan({u"--fix"_s, u"--commit"_s, u"--push"_s, work},
                             {{u"ARMLIFT_GIT_USER"_s, u"ci"_s}, {u"ARMLIFT_GIT_TOKEN"_s, u"not-it"_s}});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"Could not push arm64-migration to origin: The server did not accept that credential"_s),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(u"Committed "_s), qPrintable(r.err)); // the commit stays; only the push failed
    QCOMPARE(git(bare, {u"branch"_s, u"--list"_s, u"arm64-migration"_s}), QString());
}

void tst_CliGit::urlClonedFixedCommittedPushed()
{
    const QString bare = makeServedRepository(u"byurl"_s);
    const QString before = git(bare, {u"rev-parse"_s, u"main"_s});
    const RunResult r = scan({m_daemon.url(u"byurl.git"_s), u"--fix"_s, u"--commit"_s, u"--push"_s, u"--author"_s,
                              u"Url Person <url@example.org>"_s, u"--branch"_s, u"from-url"_s});
    QVERIFY2(r.exitCode == 0 || r.exitCode == 1, qPrintable(r.err));
    QVERIFY2(r.err.contains(u"Pushed from-url"_s), qPrintable(r.err));
    QCOMPARE(git(bare, {u"rev-parse"_s, u"from-url~1"_s}), before);
    QCOMPARE(git(bare, {u"log"_s, u"-1"_s, u"--format=%an"_s, u"from-url"_s}), u"Url Person"_s);
    QVERIFY(git(bare, {u"show"_s, u"from-url:Dockerfile"_s}).contains(u"-tags purego"_s));
}

int main(int argc, char **argv)
{
    ArmliftTest::isolateHome();
    QCoreApplication app(argc, argv);
    tst_CliGit test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_cli_git.moc"
