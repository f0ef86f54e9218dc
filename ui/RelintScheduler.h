#pragma once

#include "scan/ScanResult.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <memory>

namespace Armlift {

class DockerfileEditor;

// Re-lints a Dockerfile editor while the user types: waits for a pause (debounce), runs an
// IncrementalLinter (the same findings as ProjectScanner::lintText, re-checking only what the
// edit can change) on a worker thread and applies the findings only if the editor's revision is
// still the one that was linted. One lint at a time; a change during a lint starts another one
// afterwards.
class RelintScheduler : public QObject
{
    Q_OBJECT
public:
    explicit RelintScheduler(DockerfileEditor *editor);
    ~RelintScheduler() override;

    void setDelay(int milliseconds) { m_timer.setInterval(milliseconds); }
    int delay() const { return m_timer.interval(); }
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    void schedule();
    void cancelPending();
    bool isPending() const { return m_timer.isActive(); }
    bool isRunning() const { return m_watcher.isRunning(); }
    // Lints the current text on the calling thread and applies the result (before a quick
    // fix, whose edits must match the text exactly).
    void lintNow();

Q_SIGNALS:
    // A lint of `revision` has been handed to the worker thread.
    void started(quint64 revision);
    // `applied` is false when the text changed while the lint ran (the result was dropped).
    void finished(const Armlift::ScanResult &result, bool applied);

private:
    void start();
    void onFinished();
    void apply(const ScanResult &result);

    DockerfileEditor *m_editor;
    QTimer m_timer;
    QFutureWatcher<ScanResult> m_watcher;
    // Shared with the worker thread; used by one lint at a time (the mutex makes that explicit).
    struct Linter;
    std::shared_ptr<Linter> m_linter;
    quint64 m_lintedRevision = 0;
    bool m_enabled = true;
    bool m_again = false;
};

} // namespace Armlift
