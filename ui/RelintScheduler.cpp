#include "RelintScheduler.h"

#include "DockerfileEditor.h"
#include "lint/IncrementalLinter.h"

#include <QMutex>

#include <QtConcurrent/QtConcurrentRun>

namespace Armlift {

namespace {
constexpr int DefaultDelayMs = 300;
}

struct RelintScheduler::Linter
{
    QMutex mutex;
    IncrementalLinter linter;

    ScanResult lint(const QString &root, const QString &path, const QString &text)
    {
        const QMutexLocker lock(&mutex);
        return linter.lint(root, path, text);
    }
};

RelintScheduler::RelintScheduler(DockerfileEditor *editor)
    : QObject(editor)
    , m_editor(editor)
    , m_linter(std::make_shared<Linter>())
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(DefaultDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &RelintScheduler::start);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &RelintScheduler::onFinished);
}

RelintScheduler::~RelintScheduler()
{
    m_watcher.waitForFinished();
}

void RelintScheduler::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!enabled)
        cancelPending();
}

void RelintScheduler::schedule()
{
    if (m_enabled && m_editor->isDockerfile() && !m_editor->root().isEmpty())
        m_timer.start();
}

void RelintScheduler::cancelPending()
{
    m_timer.stop();
    m_again = false;
}

void RelintScheduler::start()
{
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    m_lintedRevision = m_editor->revision();
    const QString root = m_editor->root();
    const QString path = m_editor->relativePath();
    const QString text = m_editor->toPlainText();
    m_watcher.setFuture(QtConcurrent::run([linter = m_linter, root, path, text] { return linter->lint(root, path, text); }));
    Q_EMIT started(m_lintedRevision);
}

void RelintScheduler::onFinished()
{
    const ScanResult result = m_watcher.result();
    const bool current = m_editor->revision() == m_lintedRevision;
    if (current)
        apply(result);
    Q_EMIT finished(result, current);
    if (m_again || (!current && !m_timer.isActive())) {
        m_again = false;
        m_timer.start();
    }
}

void RelintScheduler::lintNow()
{
    m_timer.stop();
    m_watcher.waitForFinished();
    const ScanResult result = m_linter->lint(m_editor->root(), m_editor->relativePath(), m_editor->toPlainText());
    apply(result);
    Q_EMIT finished(result, true);
}

void RelintScheduler::apply(const ScanResult &result)
{
    QList<Finding> own;
    for (const Finding &f : result.findings) {
        if (f.file == m_editor->relativePath())
            own.append(f);
    }
    m_editor->setDiagnostics(own);
    Q_EMIT m_editor->relinted(result);
}

} // namespace Armlift
