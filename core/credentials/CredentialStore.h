#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMutex>
#include <QString>
#include <optional>

namespace Armlift {

// One saved credential. Everything but `secret` is an index entry kept in the settings; the
// secret (password, token or key passphrase) lives only in the system keychain.
struct StoredCredential
{
    // Registry: a container registry login (user + password or token) for the online checks.
    enum class Kind { Password, SshKey, Registry };

    Kind kind = Kind::Password;
    QString host;     // "github.com", "127.0.0.1:8443"
    QString user;
    QString keyFile;  // SshKey: the private key file
    QString secret;   // never in settings, logs or repository config

    // Stable name in the index and the keychain: "https:user@host", "ssh:user@host",
    // "registry:user@host".
    QString id() const;
    QString displayName() const;
};

// Where credentials that worked are kept. Implementations are thread-safe: a clone thread
// reads and saves while the settings page lists.
class CredentialStore
{
public:
    virtual ~CredentialStore() = default;

    // The index, without secrets.
    virtual QList<StoredCredential> list() const = 0;
    // Index lookup; an empty `user` matches the first entry for the host.
    std::optional<StoredCredential> find(StoredCredential::Kind kind, const QString &host,
                                         const QString &user) const;
    // Fills `credential.secret` from the keychain.
    virtual bool readSecret(StoredCredential &credential, QString *error) = 0;
    virtual bool save(const StoredCredential &credential, QString *error) = 0;
    virtual bool forget(const QString &id, QString *error) = 0;
};

// CredentialStore over QtKeychain (Secret Service, macOS Keychain, Windows Credential Manager).
// The index of names goes to the QSettings file given; secrets never do (no insecure fallback).
class KeychainCredentialStore : public CredentialStore
{
    Q_DECLARE_TR_FUNCTIONS(Armlift::KeychainCredentialStore)

public:
    // `settingsFile` empty: the user's Armlift settings.
    explicit KeychainCredentialStore(const QString &settingsFile = {},
                                     const QString &service = QStringLiteral("armlift"));

    QList<StoredCredential> list() const override;
    bool readSecret(StoredCredential &credential, QString *error) override;
    bool save(const StoredCredential &credential, QString *error) override;
    bool forget(const QString &id, QString *error) override;

private:
    void writeIndex(const QList<StoredCredential> &entries);

    QString m_settingsFile;
    QString m_service;
    mutable QMutex m_mutex;
};

} // namespace Armlift
