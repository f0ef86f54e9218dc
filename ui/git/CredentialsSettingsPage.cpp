#include "git/CredentialsSettingsPage.h"

#include "credentials/CredentialStore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Armlift {

CredentialsSettingsPage::CredentialsSettingsPage(CredentialStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_list(new QListWidget(this))
    , m_forget(new QPushButton(tr("&Forget"), this))
    , m_empty(new QLabel(tr("No saved credentials."), this))
    , m_error(new QLabel(this))
{
    auto *intro = new QLabel(tr("Credentials that worked and were remembered. The secrets are kept in the "
                                "system keychain only."), this);
    intro->setWordWrap(true);
    m_error->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_forget);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addWidget(m_empty);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    connect(m_forget, &QPushButton::clicked, this, &CredentialsSettingsPage::forgetSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) { m_forget->setEnabled(row >= 0); });
    reload();
}

void CredentialsSettingsPage::reload()
{
    m_list->clear();
    if (m_store) {
        for (const StoredCredential &c : m_store->list()) {
            auto *item = new QListWidgetItem(c.displayName(), m_list);
            item->setData(Qt::UserRole, c.id());
        }
    }
    m_empty->setVisible(m_list->count() == 0);
    m_forget->setEnabled(m_list->currentRow() >= 0);
}

QStringList CredentialsSettingsPage::entries() const
{
    QStringList texts;
    for (int i = 0; i < m_list->count(); ++i)
        texts.append(m_list->item(i)->text());
    return texts;
}

void CredentialsSettingsPage::selectEntry(int row)
{
    m_list->setCurrentRow(row);
}

bool CredentialsSettingsPage::forgetSelected()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item || !m_store)
        return false;
    QString error;
    const bool ok = m_store->forget(item->data(Qt::UserRole).toString(), &error);
    m_error->setText(ok ? QString() : tr("Could not remove it from the keychain: %1").arg(error));
    reload();
    return ok;
}

QString CredentialsSettingsPage::errorText() const
{
    return m_error->text();
}

} // namespace Armlift
