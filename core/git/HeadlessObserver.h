#pragma once

#include "git/TransferObserver.h"

#include <functional>

namespace Armlift::Git {

// The TransferObserver of armlift-scan (clone of a URL, --push): nobody can be asked, so
// unknown SSH hosts and untrusted certificates are refused (the defaults). A password or token
// comes from the environment, once, for CI jobs: ARMLIFT_GIT_TOKEN with ARMLIFT_GIT_USER (else
// the URL's user, else "git"); it is never saved. `sink`, when given, receives one progress
// line per phase change and about every 10 %.
class HeadlessObserver : public TransferObserver
{
public:
    explicit HeadlessObserver(std::function<void(const QString &line)> sink = {});

    bool progress(const TransferProgress &p) override;
    std::optional<EnteredCredential> askCredential(const CredentialRequest &request) override;

private:
    std::function<void(const QString &)> m_sink;
    TransferProgress::Phase m_phase = TransferProgress::Phase::Receiving;
    int m_step = -1;
};

} // namespace Armlift::Git
