#include "git/CredentialDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Armlift {

namespace {
QPointer<CredentialDialog> s_current;

QString defaultKeyFile()
{
    for (const char *name : {"id_ed25519", "id_ecdsa", "id_rsa"}) {
        const QString path = QDir::homePath() + u"/.ssh/"_s + QLatin1StringView(name);
        if (QFileInfo::exists(path))
            return path;
    }
    return {};
}
} // namespace

CredentialDialog::CredentialDialog(const Git::CredentialRequest &request, QWidget *parent)
    : QDialog(parent)
    , m_sshKey(request.allowsSshKey && !request.allowsPassword)
    , m_failure(new QLabel(request.previousFailure, this))
    , m_user(new QLineEdit(request.user, this))
    , m_secret(new QLineEdit(this))
    , m_keyFile(new QLineEdit(this))
    , m_agent(new QCheckBox(tr("Use the key in ssh-agent"), this))
    , m_remember(new QCheckBox(tr("Remember in the system keychain"), this))
{
    setWindowTitle(tr("Sign In to %1").arg(request.host));
    auto *intro = new QLabel(m_sshKey ? tr("%1 asks for an SSH key.").arg(request.host)
                                      : tr("%1 asks for a user name and a password or access token.").arg(request.host),
                             this);
    intro->setWordWrap(true);
    m_failure->setWordWrap(true);
    m_failure->setVisible(!request.previousFailure.isEmpty());
    m_failure->setStyleSheet(u"color: palette(highlight); font-weight: bold"_s);
    m_secret->setEchoMode(QLineEdit::Password);
    m_remember->setChecked(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&User:"), m_user);
    if (m_sshKey) {
        m_keyFile->setText(defaultKeyFile());
        auto *browse = new QPushButton(tr("Browse…"), this);
        connect(browse, &QPushButton::clicked, this, [this] {
            const QString file = QFileDialog::getOpenFileName(this, tr("SSH Private Key"), QDir::homePath() + u"/.ssh"_s);
            if (!file.isEmpty())
                m_keyFile->setText(file);
        });
        auto *row = new QHBoxLayout;
        row->addWidget(m_keyFile);
        row->addWidget(browse);
        form->addRow(QString(), m_agent);
        form->addRow(tr("&Key file:"), row);
        form->addRow(tr("&Passphrase:"), m_secret);
        // The agent was offered automatically before this question: default to a key file.
        m_agent->setChecked(false);
        m_agent->setEnabled(qEnvironmentVariableIsSet("SSH_AUTH_SOCK"));
        connect(m_agent, &QCheckBox::toggled, this, &CredentialDialog::updateState);
    } else {
        m_keyFile->hide();
        m_agent->hide();
        form->addRow(tr("&Password or token:"), m_secret);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign In"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_failure);
    layout->addLayout(form);
    layout->addWidget(m_remember);
    layout->addWidget(buttons);
    if (request.user.isEmpty())
        m_user->setFocus();
    else
        m_secret->setFocus();
    updateState();
}

void CredentialDialog::updateState()
{
    const bool agent = m_agent->isChecked();
    m_keyFile->setEnabled(!agent);
    m_secret->setEnabled(!agent);
    // ssh-agent holds the key itself: nothing to remember.
    m_remember->setEnabled(!agent);
}

Git::EnteredCredential CredentialDialog::credential() const
{
    Git::EnteredCredential c;
    c.kind = m_sshKey ? StoredCredential::Kind::SshKey : StoredCredential::Kind::Password;
    c.user = m_user->text().trimmed();
    c.secret = m_secret->text();
    c.keyFile = m_sshKey ? m_keyFile->text().trimmed() : QString();
    c.useAgent = m_sshKey && m_agent->isChecked();
    c.remember = m_remember->isChecked() && !c.useAgent;
    return c;
}

CredentialDialog *CredentialDialog::current()
{
    return s_current;
}

std::optional<Git::EnteredCredential> CredentialDialog::ask(QWidget *parent, const Git::CredentialRequest &request)
{
    CredentialDialog dialog(request, parent);
    s_current = &dialog;
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.credential();
}

} // namespace Armlift
