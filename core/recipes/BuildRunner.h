#pragma once

#include "recipes/BuildRecipe.h"

#include <QObject>
#include <QProcess>
#include <QString>

namespace Armlift {

// Runs the steps of a shell recipe (buildx, buildah, podman) one after the other with
// QProcess, no shell in between, streaming stdout and stderr merged as the build prints
// them, so the log can be shown live and handed to the build-log doctor afterwards.
class BuildRunner : public QObject
{
    Q_OBJECT
public:
    explicit BuildRunner(QObject *parent = nullptr);
    ~BuildRunner() override;

    // The program a recipe kind needs, as found on PATH; empty when it is not installed.
    static QString findTool(RecipeKind kind);
    static bool canRun(RecipeKind kind) { return !findTool(kind).isEmpty(); }

    // Starts the steps; `push` false runs a local build (localArgv of pushing steps, or skips
    // them). The working directory is the recipe's root. False when already running or when
    // there is nothing to run (the reason goes to the log and finished() is not emitted).
    bool start(const BuildRecipe &recipe, const QString &root, bool push);
    void cancel();
    bool isRunning() const { return m_index >= 0; }

    QString log() const { return m_log; }
    bool wasCancelled() const { return m_cancelled; }

Q_SIGNALS:
    void stepStarted(int step, int total, const QString &commandLine);
    void output(const QString &text);
    // success: every step exited with 0. The full log is also available via log().
    void finished(bool success, const QString &log);

private:
    struct Planned
    {
        QStringList argv;
        bool condition = false;   // a check: its exit code decides whether the next step runs
        bool runIfCondition = false;
    };
    void runNext();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void append(const QString &text);
    void finish(bool success);

    QList<Planned> m_plan;
    int m_index = -1;
    QString m_root;
    QString m_log;
    QProcess *m_process = nullptr;
    bool m_cancelled = false;
    bool m_skipNext = false;
};

} // namespace Armlift
