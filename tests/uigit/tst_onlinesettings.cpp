// The "Online checks" settings page offscreen, with the real system keychain (gnome-keyring in
// its own D-Bus session): URLs and plain-HTTP registries go to the settings, a registry login's
// secret only to the keychain, and that login opens a real docker-registry behind htpasswd.

#include "../git/KeyringSession.h"
#include "../net/RegistryProcess.h"

#include "AppSettings.h"
#include "credentials/CredentialStore.h"
#include "online/OnlineChecker.h"
#include "online/OnlinePreferences.h"
#include "online/OnlineSettingsPage.h"
#include "online/StoredRegistryCredentials.h"
#include "scan/ProjectScanner.h"

#include <QApplication>
#include <QCheckBox>
#include <QDirIterator>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QtTest>

using namespace Armlift;
using namespace Qt::StringLiterals;

namespace {

const QString Secret = u"s3cret-Registry-Token"_s;

QByteArray settingsFileBytes()
{
    QFile f(AppSettings::open()->fileName());
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class tst_OnlineSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sourcesAndRegistriesGoToSettings();
    void invalidEntriesNameTheField();
    void loginSecretOnlyInTheKeychain();
    void savedLoginOpensThePrivateRegistry();
    void forgetRemovesFromTheKeychain();

private:
    RegistryProcess m_registry;
};

void tst_OnlineSettings::initTestCase()
{
    QVERIFY2(m_registry.start(u"ci"_s, Secret), "docker-registry with htpasswd did not start");
    m_registry.pushImage(u"team/app"_s, u"amd64"_s, true, u"1.0"_s);
}

void tst_OnlineSettings::sourcesAndRegistriesGoToSettings()
{
    KeychainCredentialStore store(AppSettings::open()->fileName());
    OnlineSettingsPage page(&store);
    QVERIFY(page.useNetworkBox()->isChecked()); // online by default
    QVERIFY(!page.checkAfterScanBox()->isChecked());
    QCOMPARE(page.pypiUrlEdit()->text(), u"https://pypi.org/pypi"_s);
    QCOMPARE(page.goDlUrlEdit()->text(), u"https://go.dev/dl"_s);
    page.useNetworkBox()->setChecked(false);
    page.checkAfterScanBox()->setChecked(true);
    page.pypiUrlEdit()->setText(u"https://mirror.example.org/pypi"_s);
    page.goDlUrlEdit()->setText(u"http://127.0.0.1:8080/dl"_s);
    page.insecureRegistriesEdit()->setPlainText(u"127.0.0.1:5000\n\n  registry.local  \n127.0.0.1:5000\n"_s);
    QVERIFY2(page.save(), qPrintable(page.errorText()));
    QVERIFY(!OnlinePreferences::useNetwork());
    QVERIFY(OnlinePreferences::checkAfterScan());
    const OnlineSettings s = OnlinePreferences::settings();
    QVERIFY(s.offline);
    QCOMPARE(s.pypiUrl, u"https://mirror.example.org/pypi"_s);
    QCOMPARE(s.goDlUrl, u"http://127.0.0.1:8080/dl"_s);
    QCOMPARE(s.insecureRegistries, (QStringList{u"127.0.0.1:5000"_s, u"registry.local"_s}));
    // A new page shows what was stored.
    OnlineSettingsPage again(&store);
    QVERIFY(!again.useNetworkBox()->isChecked());
    QCOMPARE(again.insecureRegistriesEdit()->toPlainText(), u"127.0.0.1:5000\nregistry.local"_s);
    // Back to the defaults for the other tests.
    again.useNetworkBox()->setChecked(true);
    again.checkAfterScanBox()->setChecked(false);
    again.pypiUrlEdit()->clear();
    again.goDlUrlEdit()->clear();
    again.insecureRegistriesEdit()->clear();
    QVERIFY(again.save());
    QCOMPARE(OnlinePreferences::pypiUrl(), u"https://pypi.org/pypi"_s);
}

void tst_OnlineSettings::invalidEntriesNameTheField()
{
    KeychainCredentialStore store(AppSettings::open()->fileName());
    OnlineSettingsPage page(&store);
    page.pypiUrlEdit()->setText(u"pypi.org/pypi"_s);
    QVERIFY(!page.save());
    QVERIFY2(page.errorText().contains(u"PyPI URL"_s), qPrintable(page.errorText()));
    page.pypiUrlEdit()->setText(u"https://pypi.org/pypi"_s);
    page.insecureRegistriesEdit()->setPlainText(u"http://127.0.0.1:5000/"_s);
    QVERIFY(!page.save());
    QVERIFY2(page.errorText().contains(u"HOST:PORT"_s), qPrintable(page.errorText()));
    QVERIFY(OnlinePreferences::insecureRegistries().isEmpty());
    // A login needs all three fields.
    page.registryEdit()->setText(u"registry.example.org"_s);
    QVERIFY(!page.addRegistryLogin());
    QVERIFY(page.registryLogins().isEmpty());
}

void tst_OnlineSettings::loginSecretOnlyInTheKeychain()
{
    KeychainCredentialStore store(AppSettings::open()->fileName());
    OnlineSettingsPage page(&store);
    page.registryEdit()->setText(m_registry.hostPort());
    page.userEdit()->setText(u"ci"_s);
    page.secretEdit()->setText(Secret);
    QVERIFY2(page.addRegistryLogin(), qPrintable(page.errorText()));
    QCOMPARE(page.registryLogins(), QStringList{u"Registry login ci@"_s + m_registry.hostPort()});
    QVERIFY(page.secretEdit()->text().isEmpty());
    QVERIFY(page.save());

    // A separate store reads it back from gnome-keyring: the secret really is in the keychain.
    KeychainCredentialStore other(AppSettings::open()->fileName());
    std::optional<StoredCredential> saved = other.find(StoredCredential::Kind::Registry, m_registry.hostPort(), u"ci"_s);
    QVERIFY(saved);
    QVERIFY(saved->secret.isEmpty()); // the index has no secret
    QString error;
    QVERIFY2(other.readSecret(*saved, &error), qPrintable(error));
    QCOMPARE(saved->secret, Secret);

    // Never in the settings file, nor in any other file under the throw-away HOME but the keyring's.
    const QByteArray settings = settingsFileBytes();
    QVERIFY(settings.contains("registry"));
    QVERIFY(!settings.contains(Secret.toUtf8()));
    QDirIterator it(qEnvironmentVariable("ARMLIFT_KEYRING_HOME"), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            QVERIFY2(!f.readAll().contains(Secret.toUtf8()), qPrintable(f.fileName()));
    }
}

void tst_OnlineSettings::savedLoginOpensThePrivateRegistry()
{
    KeychainCredentialStore store(AppSettings::open()->fileName());
    QTemporaryDir project, cache;
    QFile df(project.filePath(u"Dockerfile"_s));
    QVERIFY(df.open(QIODevice::WriteOnly));
    df.write("FROM " + m_registry.hostPort().toUtf8() + "/team/app:1.0\n");
    df.close();
    const ScanResult offline = ProjectScanner().scan(project.path());
    OnlineSettings settings;
    settings.insecureRegistries = {m_registry.hostPort()};
    settings.cacheDir = cache.path();
    settings.checkPython = false;
    settings.checkGo = false;

    // Without the login the registry refuses: no verdict, and the source says why.
    const OnlineReport refused = runOnlineChecks(offline, settings);
    QCOMPARE(refused.sources.value(u"registry"_s).state, OnlineSourceStatus::State::AuthNeeded);
    QCOMPARE(refused.result.findings.size(), offline.findings.size());

    QStringList errors;
    const std::unique_ptr<StoredRegistryCredentials> logins = StoredRegistryCredentials::load(store, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    QCOMPARE(logins->size(), 1);
    const OnlineReport report = runOnlineChecks(offline, settings, logins.get());
    QList<Finding> arm102;
    for (const Finding &f : report.result.findings) {
        if (f.ruleId == u"ARM102"_s)
            arm102.append(f);
    }
    QCOMPARE(arm102.size(), 1);
    QCOMPARE(arm102.first().source, u"registry"_s);
}

void tst_OnlineSettings::forgetRemovesFromTheKeychain()
{
    KeychainCredentialStore store(AppSettings::open()->fileName());
    OnlineSettingsPage page(&store);
    QCOMPARE(page.registryLogins().size(), 1);
    page.selectLogin(0);
    QVERIFY2(page.forgetSelectedLogin(), qPrintable(page.errorText()));
    QVERIFY(page.registryLogins().isEmpty());
    StoredCredential gone{StoredCredential::Kind::Registry, m_registry.hostPort(), u"ci"_s, {}, {}};
    QString error;
    QVERIFY(!store.readSecret(gone, &error));
    QVERIFY(!settingsFileBytes().contains("registry:ci@"));
}

int main(int argc, char **argv)
{
    ArmliftTest::enterKeyringSession(argc, argv);
    qputenv("ARMLIFT_NO_USER_SETTINGS", "1");
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    tst_OnlineSettings test;
    const int rc = QTest::qExec(&test, argc, argv);
    ArmliftTest::leaveKeyringSession();
    return rc;
}

#include "tst_onlinesettings.moc"
