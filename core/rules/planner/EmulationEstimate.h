#pragma once

#include "rules/RuleContext.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Armlift {

// The migration talk's measurement for one image (librealsense, 16 vCPUs): built for arm64
// under QEMU on x86-64 against natively on arm64.
inline constexpr double kTalkEmulatedSeconds = 22 * 60 + 27.874; // 22m27s
inline constexpr double kTalkNativeSeconds = 3 * 60 + 1.891;     // 3m01s
inline constexpr double kTalkEmulationRatio = kTalkEmulatedSeconds / kTalkNativeSeconds; // ~7.4

// A command of a RUN that compiles or installs from source.
struct CompileStep
{
    const ShellSource *source = nullptr;
    int command = 0;        // index into source->commands
    int firstWord = 0;      // the words that name it (e.g. `cmake --build`, `go build`)
    int lastWord = 0;
    QString kind;           // "make", "cmake --build", "cargo build", "go build", "pip install (sdist)" …
    bool goBuild = false;
};

// Every compile-from-source command of the Dockerfile, in order.
QList<CompileStep> findCompileSteps(const Dockerfile &df, const QList<ShellSource> &shell);

// Does this stage's work run under emulation when an x86-64 machine builds the arm64 image
// (the talk's case)? $BUILDPLATFORM stages and x86 pins run natively there.
bool stageEmulated(const Dockerfile &df, int stage);

// How much of a Dockerfile's build would run emulated when an x86-64 machine builds it for
// arm64. A rough model: a RUN step that compiles counts as ten ordinary RUN steps; COPY and
// metadata instructions cost nothing. Emulated work is slowed by the talk's measured ratio.
struct EmulationEstimate
{
    Q_DECLARE_TR_FUNCTIONS(Armlift::EmulationEstimate)

public:
    static constexpr double compileWeight = 10.0;

    int runSteps = 0;              // RUN instructions
    int emulatedSteps = 0;         // … in emulated stages
    int compileSteps = 0;          // RUN instructions that compile from source
    int emulatedCompileSteps = 0;  // … in emulated stages
    double emulatedShare = 0.0;    // share of the native build work that is emulated, 0..1
    double slowdown = 1.0;         // estimated emulated build time / native build time

    static EmulationEstimate of(const Dockerfile &df, const QList<ShellSource> &shell);
    // The same from the steps findCompileSteps() already returned for `df`.
    static EmulationEstimate of(const Dockerfile &df, const QList<CompileStep> &steps);
    // One translated sentence for messages and the planner panel; empty without RUN steps.
    QString describe() const;
};

} // namespace Armlift
