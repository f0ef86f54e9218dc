#include "online/OnlineCheckThread.h"

#include <QThread>

namespace Armlift {

OnlineCheckThread::OnlineCheckThread(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
{
    qRegisterMetaType<Armlift::OnlineReport>();
    m_thread->setObjectName(QStringLiteral("armlift-online"));
    m_thread->start();
}

OnlineCheckThread::~OnlineCheckThread()
{
    cancel();
    m_thread->quit();
    m_thread->wait(); // checkers left in the thread are deleted by their deleteLater connections
}

void OnlineCheckThread::start(const ScanResult &scan, const OnlineSettings &settings,
                              const RegistryCredentialProvider *credentials, const QHash<QString, QString> &overrides)
{
    cancel();
    // A checker per check: created here, moved to the worker, deleted there when done.
    auto *checker = new OnlineChecker(settings, credentials);
    checker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, checker, &QObject::deleteLater);
    connect(checker, &OnlineChecker::finished, this, [this, checker](const OnlineReport &report) {
        checker->deleteLater();
        if (m_current != checker)
            return; // replaced or cancelled meanwhile
        m_current = nullptr;
        Q_EMIT finished(report);
    }, Qt::QueuedConnection);
    m_current = checker;
    QMetaObject::invokeMethod(checker, [checker, scan, overrides] { checker->start(scan, overrides); }, Qt::QueuedConnection);
}

void OnlineCheckThread::cancel()
{
    if (OnlineChecker *c = std::exchange(m_current, nullptr)) {
        QMetaObject::invokeMethod(c, &OnlineChecker::cancel, Qt::QueuedConnection);
    }
}

} // namespace Armlift
