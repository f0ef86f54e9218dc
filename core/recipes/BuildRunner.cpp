#include "recipes/BuildRunner.h"

#include <QStandardPaths>
#include <QTimer>

namespace Armlift {

using namespace Qt::StringLiterals;

BuildRunner::BuildRunner(QObject *parent)
    : QObject(parent)
{
}

BuildRunner::~BuildRunner()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(3000);
    }
}

QString BuildRunner::findTool(RecipeKind kind)
{
    const QString tool = recipeTool(kind);
    return tool.isEmpty() ? QString() : QStandardPaths::findExecutable(tool);
}

bool BuildRunner::start(const BuildRecipe &recipe, const QString &root, bool push)
{
    if (isRunning())
        return false;
    m_plan.clear();
    m_log.clear();
    m_cancelled = false;
    m_skipNext = false;
    m_root = root;
    for (const RecipeStep &step : recipe.steps) {
        QStringList argv = step.argv;
        if (step.pushes && !push)
            argv = step.localArgv;
        if (argv.isEmpty())
            continue;
        if (!step.conditionArgv.isEmpty())
            m_plan.append({step.conditionArgv, true, step.runIfCondition});
        m_plan.append({argv, false, false});
    }
    if (m_plan.isEmpty() || findTool(recipe.kind).isEmpty()) {
        append(recipe.steps.isEmpty() ? tr("This recipe is a CI file: there is nothing to run here.\n")
                                      : tr("%1 is not installed.\n").arg(recipeTool(recipe.kind)));
        return false;
    }
    m_index = 0;
    runNext();
    return true;
}

void BuildRunner::cancel()
{
    if (!isRunning())
        return;
    m_cancelled = true;
    append(tr("Cancelling the build.\n"));
    if (m_process && m_process->state() != QProcess::NotRunning) {
        // A build tool stops its own children on SIGTERM; SIGKILL only if it does not.
        m_process->terminate();
        QProcess *p = m_process;
        QTimer::singleShot(5000, p, [p] {
            if (p->state() != QProcess::NotRunning)
                p->kill();
        });
    }
}

void BuildRunner::append(const QString &text)
{
    m_log += text;
    Q_EMIT output(text);
}

void BuildRunner::runNext()
{
    while (m_index < m_plan.size() && m_skipNext) {
        m_skipNext = false;
        ++m_index;
    }
    if (m_index >= m_plan.size()) {
        finish(true);
        return;
    }
    const Planned &p = m_plan.at(m_index);
    int shown = 0;
    int total = 0;
    for (int i = 0; i < m_plan.size(); ++i)
        if (!m_plan.at(i).condition) {
            ++total;
            if (i <= m_index)
                ++shown;
        }
    const QString line = BuildRecipe::commandLine(p.argv);
    if (!p.condition)
        Q_EMIT stepStarted(shown, total, line);
    append(u"$ "_s + line + u'\n');

    // Called from the previous process's finished(): it goes away once that signal returns.
    if (m_process)
        m_process->deleteLater();
    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setWorkingDirectory(m_root);
    QProcess *process = m_process;
    connect(process, &QProcess::readyRead, this, [this, process] {
        append(QString::fromLocal8Bit(process->readAll()));
    });
    connect(m_process, &QProcess::finished, this, &BuildRunner::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            append(tr("Could not start %1: %2\n").arg(m_plan.at(m_index).argv.first(), m_process->errorString()));
            finish(false);
        }
    });
    const QString program = QStandardPaths::findExecutable(p.argv.first());
    m_process->start(program.isEmpty() ? p.argv.first() : program, p.argv.mid(1));
}

void BuildRunner::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (!isRunning())
        return;
    const QString rest = QString::fromLocal8Bit(m_process->readAll());
    if (!rest.isEmpty())
        append(rest);
    const Planned &p = m_plan.at(m_index);
    const bool ok = status == QProcess::NormalExit && exitCode == 0;
    if (m_cancelled) {
        finish(false);
        return;
    }
    if (p.condition) {
        // The check decides about the step after it; its failure is not the build's.
        m_skipNext = p.runIfCondition ? !ok : ok;
        ++m_index;
        runNext();
        return;
    }
    if (!ok) {
        append(status == QProcess::CrashExit ? tr("The command crashed.\n")
                                             : tr("The command failed with exit code %1.\n").arg(exitCode));
        finish(false);
        return;
    }
    ++m_index;
    runNext();
}

void BuildRunner::finish(bool success)
{
    if (!isRunning())
        return;
    m_index = -1;
    if (success)
        append(tr("Build finished.\n"));
    else if (m_cancelled)
        append(tr("Build cancelled.\n"));
    Q_EMIT finished(success, m_log);
}

} // namespace Armlift
