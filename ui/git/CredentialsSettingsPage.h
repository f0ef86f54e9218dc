#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace Armlift {

class CredentialStore;

// Settings page "Credentials": the saved credentials by host and user (never the secrets),
// with Forget to remove one from the keychain and the index.
class CredentialsSettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit CredentialsSettingsPage(CredentialStore *store, QWidget *parent = nullptr);

    void reload();
    QStringList entries() const; // display texts, in list order
    void selectEntry(int row);
    bool forgetSelected();
    QString errorText() const;

private:
    CredentialStore *m_store;
    QListWidget *m_list;
    QPushButton *m_forget;
    QLabel *m_empty;
    QLabel *m_error;
};

} // namespace Armlift
