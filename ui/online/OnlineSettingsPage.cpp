#include "online/OnlineSettingsPage.h"

#include "credentials/CredentialStore.h"
#include "online/OnlinePreferences.h"
#include "online/StoredRegistryCredentials.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Armlift {

namespace {

bool isHttpUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == u"https"_s || url.scheme() == u"http"_s) && !url.host().isEmpty();
}

} // namespace

OnlineSettingsPage::OnlineSettingsPage(CredentialStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_useNetwork(new QCheckBox(tr("&Use the network (off: only the cache and the bundled knowledge base)"), this))
    , m_afterScan(new QCheckBox(tr("Check online after every &scan"), this))
    , m_pypiUrl(new QLineEdit(this))
    , m_goDlUrl(new QLineEdit(this))
    , m_insecure(new QPlainTextEdit(this))
    , m_logins(new QListWidget(this))
    , m_registry(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_add(new QPushButton(tr("&Add Login"), this))
    , m_forget(new QPushButton(tr("&Forget"), this))
    , m_error(new QLabel(this))
{
    m_pypiUrl->setPlaceholderText(OnlineSettings().pypiUrl);
    m_goDlUrl->setPlaceholderText(OnlineSettings().goDlUrl);
    m_insecure->setPlaceholderText(tr("One HOST:PORT per line, e.g. 127.0.0.1:5000"));
    m_insecure->setTabChangesFocus(true);
    m_insecure->setMaximumHeight(80);
    m_insecure->setAccessibleName(tr("Plain-HTTP registries"));
    m_registry->setPlaceholderText(tr("registry.example.com or docker.io"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setAccessibleName(tr("Password or token"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);

    auto *sources = new QFormLayout;
    sources->addRow(QString(), m_useNetwork);
    sources->addRow(QString(), m_afterScan);
    sources->addRow(tr("&PyPI JSON API:"), m_pypiUrl);
    sources->addRow(tr("&Go downloads:"), m_goDlUrl);
    sources->addRow(tr("Plain-&HTTP registries:"), m_insecure);

    auto *loginsBox = new QGroupBox(tr("Registry logins (secrets are kept in the system keychain only)"), this);
    auto *loginForm = new QFormLayout;
    loginForm->addRow(tr("&Registry:"), m_registry);
    loginForm->addRow(tr("U&ser:"), m_user);
    loginForm->addRow(tr("Pass&word or token:"), m_secret);
    auto *loginButtons = new QHBoxLayout;
    loginButtons->addStretch();
    loginButtons->addWidget(m_add);
    loginButtons->addWidget(m_forget);
    auto *loginLayout = new QVBoxLayout(loginsBox);
    loginLayout->addWidget(m_logins);
    loginLayout->addLayout(loginForm);
    loginLayout->addLayout(loginButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(sources);
    layout->addWidget(loginsBox);
    layout->addWidget(m_error);

    connect(m_add, &QPushButton::clicked, this, &OnlineSettingsPage::addRegistryLogin);
    connect(m_forget, &QPushButton::clicked, this, &OnlineSettingsPage::forgetSelectedLogin);
    connect(m_logins, &QListWidget::currentRowChanged, this, [this](int row) { m_forget->setEnabled(row >= 0); });
    load();
}

void OnlineSettingsPage::load()
{
    m_useNetwork->setChecked(OnlinePreferences::useNetwork());
    m_afterScan->setChecked(OnlinePreferences::checkAfterScan());
    m_pypiUrl->setText(OnlinePreferences::pypiUrl());
    m_goDlUrl->setText(OnlinePreferences::goDlUrl());
    m_insecure->setPlainText(OnlinePreferences::insecureRegistries().join(u'\n'));
    reloadLogins();
}

bool OnlineSettingsPage::save()
{
    const QString pypi = m_pypiUrl->text().trimmed();
    const QString goDl = m_goDlUrl->text().trimmed();
    if (!pypi.isEmpty() && !isHttpUrl(pypi)) {
        showError(tr("The PyPI URL \"%1\" is not an http or https URL, e.g. %2.").arg(pypi, OnlineSettings().pypiUrl));
        m_pypiUrl->setFocus();
        return false;
    }
    if (!goDl.isEmpty() && !isHttpUrl(goDl)) {
        showError(tr("The Go downloads URL \"%1\" is not an http or https URL, e.g. %2.").arg(goDl, OnlineSettings().goDlUrl));
        m_goDlUrl->setFocus();
        return false;
    }
    static const QRegularExpression hostPort(u"^[A-Za-z0-9.\\-]+(:\\d{1,5})?$|^\\[[0-9A-Fa-f:]+\\](:\\d{1,5})?$"_s);
    QStringList insecure;
    for (const QString &line : m_insecure->toPlainText().split(u'\n')) {
        const QString entry = line.trimmed();
        if (entry.isEmpty())
            continue;
        if (!hostPort.match(entry).hasMatch()) {
            showError(tr("\"%1\" under plain-HTTP registries is not HOST or HOST:PORT.").arg(entry));
            m_insecure->setFocus();
            return false;
        }
        insecure.append(entry);
    }
    insecure.removeDuplicates();
    OnlinePreferences::setUseNetwork(m_useNetwork->isChecked());
    OnlinePreferences::setCheckAfterScan(m_afterScan->isChecked());
    OnlinePreferences::setPypiUrl(pypi.isEmpty() ? OnlineSettings().pypiUrl : pypi);
    OnlinePreferences::setGoDlUrl(goDl.isEmpty() ? OnlineSettings().goDlUrl : goDl);
    OnlinePreferences::setInsecureRegistries(insecure);
    showError({});
    return true;
}

bool OnlineSettingsPage::addRegistryLogin()
{
    const QString registry = StoredRegistryCredentials::normalizedRegistry(m_registry->text());
    const QString user = m_user->text().trimmed();
    if (!m_store) {
        showError(tr("No keychain is available, so logins cannot be saved."));
        return false;
    }
    if (registry.isEmpty() || user.isEmpty() || m_secret->text().isEmpty()) {
        showError(tr("Enter the registry, the user and the password or token of the login."));
        return false;
    }
    StoredCredential login;
    login.kind = StoredCredential::Kind::Registry;
    login.host = registry;
    login.user = user;
    login.secret = m_secret->text();
    QString error;
    if (!m_store->save(login, &error)) {
        showError(tr("Could not save the login in the keychain: %1").arg(error));
        return false;
    }
    // The secret leaves the widget as soon as the keychain has it.
    m_secret->clear();
    showError({});
    reloadLogins();
    return true;
}

bool OnlineSettingsPage::forgetSelectedLogin()
{
    QListWidgetItem *item = m_logins->currentItem();
    if (!item || !m_store)
        return false;
    QString error;
    const bool ok = m_store->forget(item->data(Qt::UserRole).toString(), &error);
    showError(ok ? QString() : tr("Could not remove the login from the keychain: %1").arg(error));
    reloadLogins();
    return ok;
}

void OnlineSettingsPage::selectLogin(int row)
{
    m_logins->setCurrentRow(row);
}

QStringList OnlineSettingsPage::registryLogins() const
{
    QStringList texts;
    for (int i = 0; i < m_logins->count(); ++i)
        texts.append(m_logins->item(i)->text());
    return texts;
}

QString OnlineSettingsPage::errorText() const
{
    return m_error->text();
}

void OnlineSettingsPage::reloadLogins()
{
    m_logins->clear();
    if (m_store) {
        for (const StoredCredential &c : m_store->list()) {
            if (c.kind != StoredCredential::Kind::Registry)
                continue;
            auto *item = new QListWidgetItem(c.displayName(), m_logins);
            item->setData(Qt::UserRole, c.id());
        }
    }
    m_forget->setEnabled(m_logins->currentRow() >= 0);
    m_add->setEnabled(m_store != nullptr);
}

void OnlineSettingsPage::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

} // namespace Armlift
