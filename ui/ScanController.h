#pragma once

#include "scan/ScanResult.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <atomic>
#include <memory>

namespace Armlift {

// Runs ProjectScanner::scan on a worker thread. A new start() cancels the scan in flight;
// only the newest scan's result is reported. The GUI thread never blocks on a scan.
class ScanController : public QObject
{
    Q_OBJECT
public:
    explicit ScanController(QObject *parent = nullptr);
    ~ScanController() override;

    void start(const QString &root, const QHash<QString, QString> &overrides = {});
    void cancel();
    bool isRunning() const;
    const ScanResult &lastResult() const { return m_result; }

Q_SIGNALS:
    void started(const QString &root);
    void progress(int done, int total);
    void finished(const Armlift::ScanResult &result);

private:
    struct Run
    {
        std::atomic_bool cancelled{false};
    };
    std::shared_ptr<Run> m_run;
    QFutureWatcher<ScanResult> *m_watcher = nullptr;
    QList<QFuture<ScanResult>> m_futures; // every scan not yet finished, waited for on destruction
    ScanResult m_result;
};

} // namespace Armlift
