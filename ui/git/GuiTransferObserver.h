#pragma once

#include "git/TransferObserver.h"

#include <QObject>
#include <QPointer>
#include <QWidget>
#include <atomic>

namespace Armlift {

// The TransferObserver of the GUI. Lives in the GUI thread; a clone or push calls it from its
// worker thread, and every question (credential, host key, certificate) is shown on the GUI
// thread through a blocking queued call, so libgit2 waits for the answer. Progress is posted
// as a signal. cancel() is safe from any thread.
class GuiTransferObserver : public QObject, public Git::TransferObserver
{
    Q_OBJECT
public:
    explicit GuiTransferObserver(QWidget *dialogParent, QObject *parent = nullptr);

    void cancel() { m_cancelled = true; }
    void reset() { m_cancelled = false; }
    bool isCancelled() const override { return m_cancelled; }
    bool progress(const Git::TransferProgress &progress) override;
    std::optional<Git::EnteredCredential> askCredential(const Git::CredentialRequest &request) override;
    bool acceptNewHostKey(const Git::HostKeyQuestion &question) override;
    bool acceptCertificate(const Git::CertificateQuestion &question) override;

    // Certificates the user trusted in this session (SHA-256 fingerprints).
    QStringList trustedCertificates() const;

Q_SIGNALS:
    void progressChanged(const QString &text, int percent);

private:
    template<typename Result, typename Function>
    Result onGuiThread(Function function);

    QPointer<QWidget> m_dialogParent;
    std::atomic<bool> m_cancelled = false;
    QStringList m_trusted;
};

} // namespace Armlift
