#pragma once

#include <QByteArray>
#include <QString>

namespace Armlift::Git {

// OpenSSH's known_hosts file: plain and hashed (|1|salt|hash) host names, "[host]:port" for
// ports other than 22, comma lists, wildcards, negation and @revoked. Keys are compared as the
// raw SSH wire blob (what libgit2 hands over with GIT_CERT_SSH_RAW).
class KnownHosts
{
public:
    enum class Verdict {
        Match,     // a line for this host has exactly this key
        Mismatch,  // a line for this host has another key of the same type, or the key is revoked
        Unknown,   // first contact (or only keys of other types are known)
    };

    explicit KnownHosts(const QString &file = defaultFile());
    static QString defaultFile(); // ~/.ssh/known_hosts

    const QString &file() const { return m_file; }
    Verdict check(const QString &host, int port, const QByteArray &keyBlob) const;
    // Appends "host keytype base64" (creating ~/.ssh with mode 0700 if needed).
    bool add(const QString &host, int port, const QByteArray &keyBlob, QString *error) const;

    static QString hostPattern(const QString &host, int port);
    // "ssh-ed25519", "ssh-rsa", "ecdsa-sha2-nistp256"… read from the blob itself.
    static QString keyType(const QByteArray &keyBlob);
    // "SHA256:<base64 without padding>", as ssh-keygen -l prints it.
    static QString sha256Fingerprint(const QByteArray &keyBlob);

private:
    QString m_file;
};

} // namespace Armlift::Git
