#include "git/HostKeyDialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace Armlift {

namespace {
QPointer<HostKeyDialog> s_current;
}

HostKeyDialog::HostKeyDialog(const QString &title, const QString &explanation, const QString &fingerprint,
                             const QString &trustLabel, QWidget *parent)
    : QDialog(parent)
    , m_explanation(new QLabel(explanation, this))
    , m_fingerprint(new QLabel(fingerprint, this))
{
    setWindowTitle(title);
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *trust = buttons->addButton(trustLabel, QDialogButtonBox::AcceptRole);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    trust->setAutoDefault(false);
    cancel->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addWidget(new QLabel(tr("Fingerprint:"), this));
    layout->addWidget(m_fingerprint);
    layout->addWidget(buttons);
}

HostKeyDialog *HostKeyDialog::current()
{
    return s_current;
}

QString HostKeyDialog::fingerprintText() const
{
    return m_fingerprint->text();
}

QString HostKeyDialog::explanationText() const
{
    return m_explanation->text();
}

bool HostKeyDialog::confirmHostKey(QWidget *parent, const Git::HostKeyQuestion &q)
{
    const QString host = q.port == 22 ? q.host : tr("%1 (port %2)").arg(q.host).arg(q.port);
    HostKeyDialog dialog(tr("Unknown SSH Host"),
                         tr("The authenticity of %1 cannot be established: its %2 key is not in %3.\n\n"
                            "Compare the fingerprint below with the one your server's administrator or "
                            "hosting provider publishes. Trusting adds the key to %3.")
                             .arg(host, q.keyType, q.knownHostsFile),
                         q.fingerprint, tr("Trust and Connect"), parent);
    s_current = &dialog;
    return dialog.exec() == QDialog::Accepted;
}

bool HostKeyDialog::confirmCertificate(QWidget *parent, const Git::CertificateQuestion &q)
{
    HostKeyDialog dialog(tr("Untrusted Certificate"),
                         tr("The TLS certificate of %1 could not be verified:\n%2\n\n"
                            "Someone may be intercepting the connection. Only continue if you know this "
                            "server uses its own certificate and the SHA-256 fingerprint below matches it.")
                             .arg(q.host, q.problem),
                         q.fingerprint, tr("Trust This Certificate"), parent);
    s_current = &dialog;
    return dialog.exec() == QDialog::Accepted;
}

} // namespace Armlift
