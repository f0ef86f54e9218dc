// Clone over SSH from a real sshd on 127.0.0.1: key file, key with passphrase, ssh-agent,
// scp-like URL, and the known_hosts check (known, unknown → asked with the SHA256 fingerprint,
// wrong entry → refused without asking).

#include "GitTestServers.h"

#include "git/Cloner.h"
#include "git/KnownHosts.h"

#include <QtTest>

using namespace Armlift;
using namespace Armlift::Git;
using namespace ArmliftTest;
using namespace Qt::StringLiterals;

namespace {

class SshObserver : public TransferObserver
{
public:
    std::optional<EnteredCredential> credential;
    bool acceptHostKey = false;
    QList<HostKeyQuestion> hostKeyQuestions;
    QList<CredentialRequest> credentialRequests;

    std::optional<EnteredCredential> askCredential(const CredentialRequest &request) override
    {
        credentialRequests.append(request);
        return credential;
    }
    bool acceptNewHostKey(const HostKeyQuestion &question) override
    {
        hostKeyQuestions.append(question);
        return acceptHostKey;
    }
};

} // namespace

class tst_GitSsh : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cloneWithKeyFile();
    void cloneWithPassphraseKey();
    void wrongPassphraseStops();
    void cloneWithAgent();
    void scpLikeUrl();
    void unknownHostAskedWithFingerprint();
    void unknownHostRefusedRemovesFolder();
    void mismatchedHostKeyRefused();
    void knownHostsParsing();

private:
    QString dest(const char *name) const { return m_dir.path() + u"/clones/"_s + QLatin1StringView(name); }
    RemoteOptions options() const
    {
        RemoteOptions o;
        o.knownHostsFile = m_knownHosts;
        return o;
    }

    QTemporaryDir m_dir;
    QString m_bare;
    QString m_knownHosts;
    SshServer m_sshd;
};

void tst_GitSsh::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_bare = makeBareRepository(m_dir.path(), u"app"_s);
    QVERIFY2(m_sshd.start(m_dir.path()), qPrintable(m_sshd.errors()));
    m_knownHosts = m_dir.path() + u"/known_hosts"_s;
}

void tst_GitSsh::init()
{
    writeFile(m_knownHosts, "# test known_hosts\n" + m_sshd.knownHostsLine());
    qunsetenv("SSH_AUTH_SOCK");
}

void tst_GitSsh::cloneWithKeyFile()
{
    SshObserver observer;
    observer.credential = EnteredCredential{StoredCredential::Kind::SshKey, u"root"_s, {}, m_sshd.userKey, false, false};
    const Status status = Cloner(options()).clone({m_sshd.url(m_bare), dest("key"), {}, false}, observer);
    QVERIFY2(status.ok(), qPrintable(status.detail + u" / "_s + status.message));
    QVERIFY(QFile::exists(dest("key") + u"/Dockerfile"_s));
    QVERIFY(observer.hostKeyQuestions.isEmpty()); // the host is in known_hosts
    QCOMPARE(observer.credentialRequests.size(), 1);
    QVERIFY(observer.credentialRequests.first().allowsSshKey);
    QCOMPARE(observer.credentialRequests.first().user, u"root"_s);
}

void tst_GitSsh::cloneWithPassphraseKey()
{
    SshObserver observer;
    observer.credential = EnteredCredential{StoredCredential::Kind::SshKey, u"root"_s, u"open sesame"_s,
                                            m_sshd.passphraseKey, false, false};
    const Status status = Cloner(options()).clone({m_sshd.url(m_bare), dest("passphrase"), {}, true}, observer);
    QVERIFY2(status.ok(), qPrintable(status.detail));
    QCOMPARE(git(dest("passphrase"), {u"rev-parse"_s, u"--is-shallow-repository"_s}), u"true"_s);
}

void tst_GitSsh::wrongPassphraseStops()
{
    SshObserver observer;
    observer.credential = EnteredCredential{StoredCredential::Kind::SshKey, u"root"_s, u"wrong"_s,
                                            m_sshd.passphraseKey, false, false};
    RemoteOptions o = options();
    o.maxPrompts = 2;
    Cloner cloner(o);
    const Status status = cloner.clone({m_sshd.url(m_bare), dest("wrong-passphrase"), {}, false}, observer);
    QCOMPARE(status.kind, FailureKind::AuthFailed);
    // Asked twice (maxPrompts), the second time told why, then stopped: no loop.
    QCOMPARE(observer.credentialRequests.size(), 2);
    QVERIFY(!observer.credentialRequests.at(1).previousFailure.isEmpty());
    QVERIFY(!QFileInfo::exists(dest("wrong-passphrase")));
}

void tst_GitSsh::cloneWithAgent()
{
    const QString socket = m_dir.path() + u"/agent.sock"_s;
    QProcess agent;
    agent.start(u"ssh-agent"_s, {u"-D"_s, u"-a"_s, socket});
    QVERIFY(agent.waitForStarted());
    QTRY_VERIFY(QFileInfo::exists(socket));
    qputenv("SSH_AUTH_SOCK", QFile::encodeName(socket));
    const RunResult added = run(u"ssh-add"_s, {m_sshd.userKey});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));

    SshObserver observer; // no credential to give: only the agent can log in
    const Status status = Cloner(options()).clone({m_sshd.url(m_bare), dest("agent"), {}, false}, observer);
    agent.terminate();
    agent.waitForFinished();
    QVERIFY2(status.ok(), qPrintable(status.detail));
    QVERIFY(observer.credentialRequests.isEmpty());
}

void tst_GitSsh::scpLikeUrl()
{
    if (!m_sshd.listensOn22)
        QSKIP("port 22 on 127.0.0.1 is taken; user@host:path URLs cannot name another port");
    writeFile(m_knownHosts, m_sshd.knownHostsLine().replace(QByteArray("[127.0.0.1]:" + QByteArray::number(m_sshd.port())), "127.0.0.1"));
    SshObserver observer;
    observer.credential = EnteredCredential{StoredCredential::Kind::SshKey, u"root"_s, {}, m_sshd.userKey, false, false};
    const Status status = Cloner(options()).clone({u"root@127.0.0.1:"_s + m_bare, dest("scp"), {}, false}, observer);
    QVERIFY2(status.ok(), qPrintable(status.detail));
    QVERIFY(QFile::exists(dest("scp") + u"/Dockerfile"_s));
}

void tst_GitSsh::unknownHostAskedWithFingerprint()
{
    writeFile(m_knownHosts, "");
    SshObserver observer;
    observer.acceptHostKey = true;
    observer.credential = EnteredCredential{StoredCredential::Kind::SshKey, u"root"_s, {}, m_sshd.userKey, false, false};
    const Status status = Cloner(options()).clone({m_sshd.url(m_bare), dest("first-contact"), {}, false}, observer);
    QVERIFY2(status.ok(), qPrintable(status.detail));
    QCOMPARE(observer.hostKeyQuestions.size(), 1);
    const HostKeyQuestion &q = observer.hostKeyQuestions.first();
    QCOMPARE(q.fingerprint, m_sshd.fingerprint());
    QCOMPARE(q.keyType, u"ssh-ed25519"_s);
    QCOMPARE(q.port, m_sshd.port());
    // Accepted keys are remembered like ssh does: the next clone does not ask.
    QFile f(m_knownHosts);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), m_sshd.knownHostsLine());
    SshObserver second;
    second.credential = observer.credential;
    QVERIFY(Cloner(options()).clone({m_sshd.url(m_bare), dest("second-contact"), {}, false}, second).ok());
    QVERIFY(second.hostKeyQuestions.isEmpty());
}

void tst_GitSsh::unknownHostRefusedRemovesFolder()
{
    writeFile(m_knownHosts, "");
    SshObserver observer; // says no
    const Status status = Cloner(options()).clone({m_sshd.url(m_bare), dest("refused"), {}, false}, observer);
    QCOMPARE(status.kind, FailureKind::HostKey);
    QCOMPARE(observer.hostKeyQuestions.size(), 1);
    QVERIFY(status.message.contains(m_sshd.fingerprint()));
    QVERIFY(!QFileInfo::exists(dest("refused")));
}

void tst_GitSsh::mismatchedHostKeyRefused()
{
    // Another server's key recorded for this host and port.
    const QString other = m_dir.path() + u"/other_host_key"_s;
    QCOMPARE(run(u"ssh-keygen"_s, {u"-q"_s, u"-t"_s, u"ed25519"_s, u"-N"_s, u""_s, u"-f"_s, other}).exitCode, 0);
    QFile pub(other + u".pub"_s);
    QVERIFY(pub.open(QIODevice::ReadOnly));
    const QList<QByteArray> parts = pub.readAll().split(' ');
    writeFile(m_knownHosts, "[127.0.0.1]:" + QByteArray::number(m_sshd.port()) + ' ' + parts[0] + ' ' + parts[1] + '\n');

    SshObserver observer;
    observer.acceptHostKey = true; // would accept a new key, but a changed one is never asked about
    observer.credential = EnteredCredential{StoredCredential::Kind::SshKey, u"root"_s, {}, m_sshd.userKey, false, false};
    const Status status = Cloner(options()).clone({m_sshd.url(m_bare), dest("mismatch"), {}, false}, observer);
    QCOMPARE(status.kind, FailureKind::HostKey);
    QVERIFY(observer.hostKeyQuestions.isEmpty());
    QVERIFY(observer.credentialRequests.isEmpty()); // refused before authenticating
    QVERIFY(status.message.contains(u"does not match"_s));
    QVERIFY(!QFileInfo::exists(dest("mismatch")));
}

void tst_GitSsh::knownHostsParsing()
{
    QFile pub(m_sshd.hostKey + u".pub"_s);
    QVERIFY(pub.open(QIODevice::ReadOnly));
    const QList<QByteArray> parts = pub.readAll().trimmed().split(' ');
    const QByteArray blob = QByteArray::fromBase64(parts[1]);
    const QString file = m_dir.path() + u"/kh_parse"_s;
    // A hashed entry as `ssh-keygen -H` writes it, for host "example.org".
    const QByteArray salt = QByteArray::fromHex("0123456789abcdef0123456789abcdef01234567");
    const QByteArray hash = QMessageAuthenticationCode::hash("example.org", salt, QCryptographicHash::Sha1);
    writeFile(file, "|1|" + salt.toBase64() + '|' + hash.toBase64() + ' ' + parts[0] + ' ' + parts[1] + '\n'
                  + "*.wild.test,!bad.wild.test " + parts[0] + ' ' + parts[1] + '\n'
                  + "@revoked revoked.test " + parts[0] + ' ' + parts[1] + '\n');
    const KnownHosts kh(file);
    QCOMPARE(kh.check(u"example.org"_s, 22, blob), KnownHosts::Verdict::Match);
    QCOMPARE(kh.check(u"example.org"_s, 2222, blob), KnownHosts::Verdict::Unknown);
    QCOMPARE(kh.check(u"a.wild.test"_s, 22, blob), KnownHosts::Verdict::Match);
    QCOMPARE(kh.check(u"bad.wild.test"_s, 22, blob), KnownHosts::Verdict::Unknown);
    QCOMPARE(kh.check(u"revoked.test"_s, 22, blob), KnownHosts::Verdict::Mismatch);
    QCOMPARE(KnownHosts::keyType(blob), u"ssh-ed25519"_s);
    QCOMPARE(KnownHosts::sha256Fingerprint(blob), m_sshd.fingerprint());
}

int main(int argc, char **argv)
{
    ArmliftTest::isolateHome();
    QCoreApplication app(argc, argv);
    tst_GitSsh test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gitssh.moc"
