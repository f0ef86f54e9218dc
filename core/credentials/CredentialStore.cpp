#include "credentials/CredentialStore.h"

#include <QEventLoop>
#include <QMutexLocker>
#include <QSettings>
#include <qt6keychain/keychain.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace Armlift {

namespace {

constexpr auto IndexGroup = "credentials"_L1;

std::unique_ptr<QSettings> openSettings(const QString &file)
{
    if (file.isEmpty())
        return std::make_unique<QSettings>(u"Armlift"_s, u"Armlift"_s);
    const auto format = file.endsWith(u".ini"_s) ? QSettings::IniFormat : QSettings::NativeFormat;
    return std::make_unique<QSettings>(file, format);
}

// QtKeychain jobs finish through the event loop of the thread that started them; clone
// threads have none running, so each job gets a local loop.
bool runJob(QKeychain::Job &job, QString *error)
{
    job.setAutoDelete(false);
    job.setInsecureFallback(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
    if (job.error() != QKeychain::NoError) {
        if (error)
            *error = job.errorString();
        return false;
    }
    return true;
}

QString kindName(StoredCredential::Kind kind)
{
    switch (kind) {
    case StoredCredential::Kind::SshKey: return u"ssh"_s;
    case StoredCredential::Kind::Registry: return u"registry"_s;
    case StoredCredential::Kind::Password: break;
    }
    return u"https"_s;
}

StoredCredential::Kind kindFromName(const QString &name)
{
    if (name == u"ssh"_s)
        return StoredCredential::Kind::SshKey;
    if (name == u"registry"_s)
        return StoredCredential::Kind::Registry;
    return StoredCredential::Kind::Password;
}

} // namespace

QString StoredCredential::id() const
{
    return kindName(kind) + u':' + user + u'@' + host;
}

QString StoredCredential::displayName() const
{
    if (kind == Kind::SshKey)
        return QCoreApplication::translate("Armlift::StoredCredential", "SSH key %1 for %2@%3")
            .arg(keyFile, user, host);
    if (kind == Kind::Registry)
        return QCoreApplication::translate("Armlift::StoredCredential", "Registry login %1@%2").arg(user, host);
    return QCoreApplication::translate("Armlift::StoredCredential", "Password or token for %1@%2")
        .arg(user, host);
}

std::optional<StoredCredential> CredentialStore::find(StoredCredential::Kind kind, const QString &host,
                                                      const QString &user) const
{
    for (const StoredCredential &c : list()) {
        if (c.kind == kind && c.host.compare(host, Qt::CaseInsensitive) == 0
            && (user.isEmpty() || c.user == user))
            return c;
    }
    return std::nullopt;
}

KeychainCredentialStore::KeychainCredentialStore(const QString &settingsFile, const QString &service)
    : m_settingsFile(settingsFile)
    , m_service(service)
{
}

QList<StoredCredential> KeychainCredentialStore::list() const
{
    QMutexLocker lock(&m_mutex);
    auto settings = openSettings(m_settingsFile);
    QList<StoredCredential> entries;
    const int n = settings->beginReadArray(IndexGroup);
    for (int i = 0; i < n; ++i) {
        settings->setArrayIndex(i);
        StoredCredential c;
        c.kind = kindFromName(settings->value(u"kind"_s).toString());
        c.host = settings->value(u"host"_s).toString();
        c.user = settings->value(u"user"_s).toString();
        c.keyFile = settings->value(u"keyFile"_s).toString();
        entries.append(c);
    }
    settings->endArray();
    return entries;
}

void KeychainCredentialStore::writeIndex(const QList<StoredCredential> &entries)
{
    auto settings = openSettings(m_settingsFile);
    settings->remove(IndexGroup);
    settings->beginWriteArray(IndexGroup, int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        settings->setArrayIndex(i);
        const StoredCredential &c = entries.at(i);
        settings->setValue(u"kind"_s, kindName(c.kind));
        settings->setValue(u"host"_s, c.host);
        settings->setValue(u"user"_s, c.user);
        if (!c.keyFile.isEmpty())
            settings->setValue(u"keyFile"_s, c.keyFile);
    }
    settings->endArray();
    settings->sync();
}

bool KeychainCredentialStore::readSecret(StoredCredential &credential, QString *error)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(credential.id());
    if (!runJob(job, error))
        return false;
    credential.secret = job.textData();
    return true;
}

bool KeychainCredentialStore::save(const StoredCredential &credential, QString *error)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(credential.id());
    job.setTextData(credential.secret);
    if (!runJob(job, error))
        return false;
    QList<StoredCredential> entries = list();
    QMutexLocker lock(&m_mutex);
    entries.removeIf([&](const StoredCredential &c) { return c.id() == credential.id(); });
    StoredCredential indexEntry = credential;
    indexEntry.secret.clear();
    entries.prepend(indexEntry);
    writeIndex(entries);
    return true;
}

bool KeychainCredentialStore::forget(const QString &id, QString *error)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(id);
    QString keychainError;
    const bool deleted = runJob(job, &keychainError);
    // An entry already gone from the keychain is still removed from the index.
    const bool missing = job.error() == QKeychain::EntryNotFound;
    QList<StoredCredential> entries = list();
    QMutexLocker lock(&m_mutex);
    entries.removeIf([&](const StoredCredential &c) { return c.id() == id; });
    writeIndex(entries);
    if (!deleted && !missing) {
        if (error)
            *error = keychainError;
        return false;
    }
    return true;
}

} // namespace Armlift
