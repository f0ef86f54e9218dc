#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Armlift {

class CredentialStore;

// Settings page "Online checks": whether to use the network (off: cache and knowledge base
// only), whether to check after every scan, the PyPI and go.dev base URLs, the plain-HTTP
// registries, and the registry logins. A login's password or token goes to the system keychain
// through `store` at once (Add); only its registry and user name are listed. save() writes the
// rest to the settings, never a secret.
class OnlineSettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit OnlineSettingsPage(CredentialStore *store, QWidget *parent = nullptr);

    void load();
    // Validates and stores the settings; false with errorText() naming the field to correct.
    bool save();

    bool addRegistryLogin();  // from the registry, user and secret fields
    bool forgetSelectedLogin();
    void selectLogin(int row);
    QStringList registryLogins() const; // display texts, in list order
    QString errorText() const;

    QCheckBox *useNetworkBox() const { return m_useNetwork; }
    QCheckBox *checkAfterScanBox() const { return m_afterScan; }
    QLineEdit *pypiUrlEdit() const { return m_pypiUrl; }
    QLineEdit *goDlUrlEdit() const { return m_goDlUrl; }
    QPlainTextEdit *insecureRegistriesEdit() const { return m_insecure; }
    QLineEdit *registryEdit() const { return m_registry; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *secretEdit() const { return m_secret; }

private:
    void reloadLogins();
    void showError(const QString &text);

    CredentialStore *m_store;
    QCheckBox *m_useNetwork;
    QCheckBox *m_afterScan;
    QLineEdit *m_pypiUrl;
    QLineEdit *m_goDlUrl;
    QPlainTextEdit *m_insecure;
    QListWidget *m_logins;
    QLineEdit *m_registry;
    QLineEdit *m_user;
    QLineEdit *m_secret;
    QPushButton *m_add;
    QPushButton *m_forget;
    QLabel *m_error;
};

} // namespace Armlift
