#pragma once

#include <QHash>
#include <QString>
#include <optional>

namespace Armlift {

// Credentials for private registries. The keychain-backed implementation lives in
// core/credentials (the same store as git); the registry client only sees this interface.
// Called on the thread that runs the online checks, so implementations must be thread-safe
// and answer from memory (load the keychain entries before the check starts).
class RegistryCredentialProvider
{
public:
    struct Credentials
    {
        QString username;
        QString secret;  // password or access token
    };

    virtual ~RegistryCredentialProvider() = default;
    // `registry` is host[:port] as written in the image name ("docker.io" for Docker Hub).
    virtual std::optional<Credentials> credentialsFor(const QString &registry) const = 0;
};

// Fixed credentials by registry: for tests, and for callers that already hold them.
class StaticRegistryCredentials final : public RegistryCredentialProvider
{
public:
    void add(const QString &registry, const Credentials &credentials) { m_map.insert(registry.toLower(), credentials); }
    std::optional<Credentials> credentialsFor(const QString &registry) const override
    {
        const auto it = m_map.constFind(registry.toLower());
        if (it == m_map.cend())
            return std::nullopt;
        return it.value();
    }

private:
    QHash<QString, Credentials> m_map;
};

} // namespace Armlift
