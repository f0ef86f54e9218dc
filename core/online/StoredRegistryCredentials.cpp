#include "online/StoredRegistryCredentials.h"

#include "credentials/CredentialStore.h"

using namespace Qt::StringLiterals;

namespace Armlift {

QString StoredRegistryCredentials::normalizedRegistry(const QString &host)
{
    const QString h = host.trimmed().toLower();
    if (h == u"index.docker.io"_s || h == u"registry-1.docker.io"_s || h == u"registry.hub.docker.com"_s)
        return u"docker.io"_s;
    return h;
}

std::unique_ptr<StoredRegistryCredentials> StoredRegistryCredentials::load(CredentialStore &store, QStringList *errors)
{
    auto out = std::make_unique<StoredRegistryCredentials>();
    for (StoredCredential c : store.list()) {
        if (c.kind != StoredCredential::Kind::Registry)
            continue;
        QString error;
        if (!store.readSecret(c, &error)) {
            if (errors)
                errors->append(QCoreApplication::translate("Armlift::StoredRegistryCredentials",
                                                           "The saved login for %1 could not be read from the "
                                                           "keychain: %2").arg(c.host, error));
            continue;
        }
        out->m_logins.add(normalizedRegistry(c.host), {c.user, c.secret});
        ++out->m_count;
    }
    return out;
}

std::optional<RegistryCredentialProvider::Credentials> StoredRegistryCredentials::credentialsFor(const QString &registry) const
{
    return m_logins.credentialsFor(normalizedRegistry(registry));
}

} // namespace Armlift
