#pragma once

#include "git/TransferObserver.h"

#include <QDialog>

class QLabel;

namespace Armlift {

// Asks whether to trust a server the first time: an SSH host key not in known_hosts, or a TLS
// certificate that does not verify. Shows the SHA-256 fingerprint to compare with one the
// server's administrator published. "Cancel" is the default: Enter never trusts by accident.
class HostKeyDialog : public QDialog
{
    Q_OBJECT
public:
    HostKeyDialog(const QString &title, const QString &explanation, const QString &fingerprint,
                  const QString &trustLabel, QWidget *parent = nullptr);

    static bool confirmHostKey(QWidget *parent, const Git::HostKeyQuestion &question);
    static bool confirmCertificate(QWidget *parent, const Git::CertificateQuestion &question);

    QString fingerprintText() const;
    QString explanationText() const;

    // For tests: the dialog shown by confirmHostKey/confirmCertificate, when one is open.
    static HostKeyDialog *current();

private:
    QLabel *m_explanation;
    QLabel *m_fingerprint;
};

} // namespace Armlift
