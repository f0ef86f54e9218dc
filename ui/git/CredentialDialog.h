#pragma once

#include "git/TransferObserver.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace Armlift {

// Asks for a credential for one host: user name and password or token (HTTPS), or an SSH key
// (ssh-agent, or a key file with its passphrase). "Remember" is on by default; the credential is
// saved in the keychain only after the server accepted it.
class CredentialDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CredentialDialog(const Git::CredentialRequest &request, QWidget *parent = nullptr);

    Git::EnteredCredential credential() const;
    static std::optional<Git::EnteredCredential> ask(QWidget *parent, const Git::CredentialRequest &request);
    // For tests: the dialog shown by ask(), when one is open.
    static CredentialDialog *current();

    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *secretEdit() const { return m_secret; }
    QLineEdit *keyFileEdit() const { return m_keyFile; }
    QCheckBox *agentBox() const { return m_agent; }
    QCheckBox *rememberBox() const { return m_remember; }
    QLabel *failureLabel() const { return m_failure; }

private:
    void updateState();

    bool m_sshKey;
    QLabel *m_failure;
    QLineEdit *m_user;
    QLineEdit *m_secret;
    QLineEdit *m_keyFile;
    QCheckBox *m_agent;
    QCheckBox *m_remember;
};

} // namespace Armlift
