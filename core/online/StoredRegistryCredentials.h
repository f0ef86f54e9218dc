#pragma once

#include "online/RegistryCredentialProvider.h"

#include <QStringList>
#include <memory>

namespace Armlift {

class CredentialStore;

// Registry logins saved in a CredentialStore (the system keychain, the same store as git),
// read once before a check starts: the checker asks from its own thread and must be answered
// from memory. Docker Hub's host names (index.docker.io, registry-1.docker.io) count as
// "docker.io", the name ImageReference uses.
class StoredRegistryCredentials final : public RegistryCredentialProvider
{
public:
    // Reads the secret of every registry entry of `store`. Entries whose secret cannot be read
    // are skipped and described in `errors`. Touches the keychain only when there are entries.
    static std::unique_ptr<StoredRegistryCredentials> load(CredentialStore &store, QStringList *errors = nullptr);

    static QString normalizedRegistry(const QString &host);

    int size() const { return m_count; }
    std::optional<Credentials> credentialsFor(const QString &registry) const override;

private:
    StaticRegistryCredentials m_logins;
    int m_count = 0;
};

} // namespace Armlift
