#include "ScanController.h"

#include "scan/ProjectScanner.h"

#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace Armlift {

namespace {
constexpr qint64 ProgressIntervalMs = 50;
}

ScanController::ScanController(QObject *parent)
    : QObject(parent)
{
}

ScanController::~ScanController()
{
    cancel();
    // The workers call back into this object: it must outlive every one of them.
    for (QFuture<ScanResult> &future : m_futures)
        future.waitForFinished();
}

void ScanController::start(const QString &root, const QHash<QString, QString> &overrides)
{
    cancel();
    m_futures.removeIf([](const QFuture<ScanResult> &f) { return f.isFinished(); });
    if (m_watcher) {
        // The old run's result must never arrive after the new one.
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
        m_watcher = nullptr;
    }

    auto run = std::make_shared<Run>();
    m_run = run;
    ProjectScanner::Options options;
    options.overrides = overrides;
    options.isCancelled = [run] { return run->cancelled.load(); };
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    auto lastReport = std::make_shared<std::atomic<qint64>>(-ProgressIntervalMs);
    options.progress = [this, run, clock, lastReport](int done, int total) {
        if (run->cancelled.load())
            return;
        // At most one report per interval (and the last one): a 10,000-file scan would
        // otherwise queue 10,000 events for the GUI thread.
        const qint64 now = clock->elapsed();
        qint64 last = lastReport->load();
        if (done < total && (now - last < ProgressIntervalMs || !lastReport->compare_exchange_strong(last, now)))
            return;
        // Called on the worker thread: hop to the controller's thread.
        QMetaObject::invokeMethod(
            this,
            [this, run, done, total] {
                if (m_run == run)
                    Q_EMIT progress(done, total);
            },
            Qt::QueuedConnection);
    };

    m_watcher = new QFutureWatcher<ScanResult>(this);
    auto *watcher = m_watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        if (watcher != m_watcher)
            return;
        m_result = watcher->result();
        m_watcher = nullptr;
        watcher->deleteLater();
        Q_EMIT finished(m_result);
    });
    Q_EMIT started(root);
    QFuture<ScanResult> future = QtConcurrent::run([root, options] { return ProjectScanner().scan(root, options); });
    m_futures.append(future);
    watcher->setFuture(future);
}

void ScanController::cancel()
{
    if (m_run)
        m_run->cancelled = true;
}

bool ScanController::isRunning() const
{
    return m_watcher && !m_watcher->isFinished();
}

} // namespace Armlift
