#pragma once

#include "online/OnlineChecker.h"

#include <QObject>

class QThread;

namespace Armlift {

// Runs OnlineCheckers on a worker thread for the GUI: start() returns at once, finished()
// arrives in the thread that owns this object. A new start() cancels the previous check;
// its result is dropped. The credential provider must outlive this object.
class OnlineCheckThread : public QObject
{
    Q_OBJECT
public:
    explicit OnlineCheckThread(QObject *parent = nullptr);
    ~OnlineCheckThread() override;

    void start(const Armlift::ScanResult &scan, const Armlift::OnlineSettings &settings,
               const RegistryCredentialProvider *credentials = nullptr, const QHash<QString, QString> &overrides = {});
    void cancel();
    bool isRunning() const { return m_current != nullptr; }

Q_SIGNALS:
    void finished(const Armlift::OnlineReport &report);

private:
    QThread *m_thread;
    // Only compared and used to post events: the checker is deleted solely by the
    // finished() handler below, which runs in this object's thread.
    OnlineChecker *m_current = nullptr;
};

} // namespace Armlift
