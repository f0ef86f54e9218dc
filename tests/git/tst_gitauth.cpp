// HTTPS-style user + token authentication against git http-backend behind lighttpd with basic
// auth, with credentials in a real gnome-keyring (own dbus-run-session): saved only after they
// worked, read back from the keychain, never written to the settings file, and a rejected saved
// credential stops after one attempt instead of looping.

#include "GitTestServers.h"
#include "KeyringSession.h"

#include "credentials/CredentialStore.h"
#include "git/Cloner.h"

#include <QtTest>

using namespace Armlift;
using namespace Armlift::Git;
using namespace ArmliftTest;
using namespace Qt::StringLiterals;

namespace {

const QString User = u"alice"_s;
const QString Token = u"glpat-s3cret-Token-4711"_s;

class AskingObserver : public TransferObserver
{
public:
    QList<std::optional<EnteredCredential>> answers; // one per question, then nullopt
    QList<CredentialRequest> requests;

    std::optional<EnteredCredential> askCredential(const CredentialRequest &request) override
    {
        requests.append(request);
        return answers.isEmpty() ? std::nullopt : answers.takeFirst();
    }
};

EnteredCredential password(const QString &secret, bool remember = true)
{
    return {StoredCredential::Kind::Password, User, secret, {}, false, remember};
}

} // namespace

class tst_GitAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void anonymousAreaNeedsNoCredential();
    void failedCredentialIsNotSaved();
    void rememberOffIsNotSaved();
    void workingCredentialSavedAfterSuccess();
    void savedCredentialUsedWithoutAsking();
    void secretNeverInSettingsFile();
    void wrongSavedCredentialStopsAfterOneAttempt();
    void forgetRemovesFromKeychainAndIndex();

private:
    QString dest(const QString &name) const { return m_dir.path() + u"/clones/"_s + name; }
    QString privateUrl() const { return m_http.url(u"private/app.git"_s); }

    QTemporaryDir m_dir;
    QString m_settingsFile;
    std::unique_ptr<KeychainCredentialStore> m_store;
    HttpGitServer m_http;
    QString m_host;
};

void tst_GitAuth::initTestCase()
{
    QVERIFY(m_dir.isValid());
    makeBareRepository(m_dir.path(), u"app"_s);
    QDir().mkpath(m_dir.path() + u"/http"_s);
    QVERIFY2(m_http.start(m_dir.path(), m_dir.path() + u"/http"_s, User, Token), qPrintable(m_http.errors()));
    m_settingsFile = m_dir.path() + u"/armlift.ini"_s;
    m_store = std::make_unique<KeychainCredentialStore>(m_settingsFile, u"armlift-test"_s);
    m_host = u"127.0.0.1:%1"_s.arg(m_http.port());
}

void tst_GitAuth::anonymousAreaNeedsNoCredential()
{
    AskingObserver observer;
    RemoteOptions options;
    options.credentials = m_store.get();
    const Status status = Cloner(options).clone({m_http.url(u"git/app.git"_s), dest(u"anon"_s), {}, false}, observer);
    QVERIFY2(status.ok(), qPrintable(status.detail));
    QVERIFY(observer.requests.isEmpty());
}

void tst_GitAuth::failedCredentialIsNotSaved()
{
    AskingObserver observer;
    observer.answers = {password(u"wrong-1"_s), password(u"wrong-2"_s)};
    RemoteOptions options;
    options.credentials = m_store.get();
    options.maxPrompts = 2;
    const Status status = Cloner(options).clone({privateUrl(), dest(u"failed"_s), {}, false}, observer);
    QCOMPARE(status.kind, FailureKind::AuthFailed);
    QCOMPARE(observer.requests.size(), 2);
    QVERIFY(observer.requests.at(0).allowsPassword);
    QCOMPARE(observer.requests.at(0).host, m_host);
    QVERIFY(observer.requests.at(0).previousFailure.isEmpty());
    QVERIFY(!observer.requests.at(1).previousFailure.isEmpty());
    QVERIFY(m_store->list().isEmpty());
    QVERIFY(!QFileInfo::exists(dest(u"failed"_s)));
}

void tst_GitAuth::rememberOffIsNotSaved()
{
    AskingObserver observer;
    observer.answers = {password(Token, false)};
    RemoteOptions options;
    options.credentials = m_store.get();
    const Status status = Cloner(options).clone({privateUrl(), dest(u"not-remembered"_s), {}, false}, observer);
    QVERIFY2(status.ok(), qPrintable(status.detail));
    QVERIFY(m_store->list().isEmpty());
}

void tst_GitAuth::workingCredentialSavedAfterSuccess()
{
    AskingObserver observer;
    observer.answers = {password(u"typo"_s), password(Token)};
    RemoteOptions options;
    options.credentials = m_store.get();
    const Status status = Cloner(options).clone({privateUrl(), dest(u"ok"_s), {}, false}, observer);
    QVERIFY2(status.ok(), qPrintable(status.detail));
    QVERIFY(QFile::exists(dest(u"ok"_s) + u"/Dockerfile"_s));

    // A fresh store on the same settings reads the secret back from gnome-keyring.
    KeychainCredentialStore fresh(m_settingsFile, u"armlift-test"_s);
    const QList<StoredCredential> saved = fresh.list();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().host, m_host);
    QCOMPARE(saved.first().user, User);
    QVERIFY(saved.first().secret.isEmpty());
    StoredCredential c = saved.first();
    QString error;
    QVERIFY2(fresh.readSecret(c, &error), qPrintable(error));
    QCOMPARE(c.secret, Token);
    // And secret-tool, talking to the keyring directly, finds it (QtKeychain's libsecret
    // schema stores the service as "server" and the key as "user").
    const RunResult lookup = run(u"secret-tool"_s, {u"lookup"_s, u"server"_s, u"armlift-test"_s, u"user"_s, c.id()});
    QCOMPARE(lookup.out, Token);
}

void tst_GitAuth::savedCredentialUsedWithoutAsking()
{
    AskingObserver observer;
    RemoteOptions options;
    options.credentials = m_store.get();
    Cloner cloner(options);
    const Status status = cloner.clone({privateUrl(), dest(u"saved"_s), {}, false}, observer);
    QVERIFY2(status.ok(), qPrintable(status.detail));
    QVERIFY(observer.requests.isEmpty());
    QCOMPARE(cloner.lastCredentialCalls(), 1);
}

void tst_GitAuth::secretNeverInSettingsFile()
{
    QFile f(m_settingsFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray settings = f.readAll();
    QVERIFY(settings.contains(User.toUtf8()));
    QVERIFY(!settings.contains(Token.toUtf8()));
    QVERIFY(!settings.contains("s3cret"));
    // Nor in the clone's config (no credential helper, no user:password@ URL).
    QFile config(dest(u"ok"_s) + u"/.git/config"_s);
    QVERIFY(config.open(QIODevice::ReadOnly));
    QVERIFY(!config.readAll().contains(Token.toUtf8()));
}

void tst_GitAuth::wrongSavedCredentialStopsAfterOneAttempt()
{
    QString error;
    QVERIFY2(m_store->save({StoredCredential::Kind::Password, m_host, User, {}, u"expired-token"_s}, &error), qPrintable(error));
    AskingObserver observer; // headless: has no new credential to give
    RemoteOptions options;
    options.credentials = m_store.get();
    options.maxPrompts = 5;
    Cloner cloner(options);
    QElapsedTimer timer;
    timer.start();
    const Status status = cloner.clone({privateUrl(), dest(u"stale"_s), {}, false}, observer);
    QCOMPARE(status.kind, FailureKind::AuthFailed);
    QVERIFY2(status.message.contains(u"saved credential"_s), qPrintable(status.message));
    // libgit2 asked twice: the saved credential was offered once, the second call stopped.
    QCOMPARE(cloner.lastCredentialCalls(), 2);
    QCOMPARE(observer.requests.size(), 1);
    QVERIFY(observer.requests.first().previousFailure.contains(u"saved credential"_s));
    QVERIFY(timer.elapsed() < 10000);
    QVERIFY(!QFileInfo::exists(dest(u"stale"_s)));
}

void tst_GitAuth::forgetRemovesFromKeychainAndIndex()
{
    const QList<StoredCredential> before = m_store->list();
    QCOMPARE(before.size(), 1);
    QString error;
    QVERIFY2(m_store->forget(before.first().id(), &error), qPrintable(error));
    QVERIFY(m_store->list().isEmpty());
    StoredCredential c = before.first();
    QVERIFY(!m_store->readSecret(c, &error));
}

int main(int argc, char **argv)
{
    ArmliftTest::enterKeyringSession(argc, argv);
    int rc = 0;
    {
        QCoreApplication app(argc, argv);
        tst_GitAuth test;
        rc = QTest::qExec(&test, argc, argv);
    }
    ArmliftTest::leaveKeyringSession();
    return rc;
}

#include "tst_gitauth.moc"
