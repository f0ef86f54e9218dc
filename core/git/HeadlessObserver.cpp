#include "git/HeadlessObserver.h"

using namespace Qt::StringLiterals;

namespace Armlift::Git {

HeadlessObserver::HeadlessObserver(std::function<void(const QString &)> sink)
    : m_sink(std::move(sink))
{
}

bool HeadlessObserver::progress(const TransferProgress &p)
{
    if (!m_sink)
        return true;
    const int step = p.percent() / 10;
    if (p.phase != m_phase || step != m_step) {
        m_phase = p.phase;
        m_step = step;
        m_sink(p.describe());
    }
    return true;
}

std::optional<EnteredCredential> HeadlessObserver::askCredential(const CredentialRequest &request)
{
    // Only the first question: a rejected token must end the operation, not loop.
    const QString token = qEnvironmentVariable("ARMLIFT_GIT_TOKEN");
    if (request.attempt != 1 || !request.allowsPassword || token.isEmpty())
        return std::nullopt;
    QString user = qEnvironmentVariable("ARMLIFT_GIT_USER");
    if (user.isEmpty())
        user = request.user.isEmpty() ? u"git"_s : request.user;
    EnteredCredential credential;
    credential.kind = StoredCredential::Kind::Password;
    credential.user = user;
    credential.secret = token;
    credential.remember = false;
    return credential;
}

} // namespace Armlift::Git
