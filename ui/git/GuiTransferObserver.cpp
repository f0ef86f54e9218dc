#include "git/GuiTransferObserver.h"

#include "git/CredentialDialog.h"
#include "git/HostKeyDialog.h"

#include <QCoreApplication>
#include <QThread>

namespace Armlift {

GuiTransferObserver::GuiTransferObserver(QWidget *dialogParent, QObject *parent)
    : QObject(parent)
    , m_dialogParent(dialogParent)
{
}

template<typename Result, typename Function>
Result GuiTransferObserver::onGuiThread(Function function)
{
    if (QThread::currentThread() == thread())
        return function();
    Result result{};
    QMetaObject::invokeMethod(this, [&] { result = function(); }, Qt::BlockingQueuedConnection);
    return result;
}

bool GuiTransferObserver::progress(const Git::TransferProgress &progress)
{
    Q_EMIT progressChanged(progress.describe(), progress.percent());
    return !m_cancelled;
}

std::optional<Git::EnteredCredential> GuiTransferObserver::askCredential(const Git::CredentialRequest &request)
{
    if (m_cancelled)
        return std::nullopt;
    return onGuiThread<std::optional<Git::EnteredCredential>>([&] {
        return CredentialDialog::ask(m_dialogParent, request);
    });
}

bool GuiTransferObserver::acceptNewHostKey(const Git::HostKeyQuestion &question)
{
    if (m_cancelled)
        return false;
    return onGuiThread<bool>([&] { return HostKeyDialog::confirmHostKey(m_dialogParent, question); });
}

bool GuiTransferObserver::acceptCertificate(const Git::CertificateQuestion &question)
{
    if (m_cancelled)
        return false;
    const bool trusted = onGuiThread<bool>([&] { return HostKeyDialog::confirmCertificate(m_dialogParent, question); });
    if (trusted)
        QMetaObject::invokeMethod(this, [this, fp = question.fingerprint] { m_trusted.append(fp); });
    return trusted;
}

QStringList GuiTransferObserver::trustedCertificates() const
{
    return m_trusted;
}

} // namespace Armlift
