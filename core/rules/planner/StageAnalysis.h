#pragma once

#include "rules/RuleContext.h"

#include <QList>
#include <QString>

namespace Armlift::Internal {

// Where a stage runs when the image is built for a foreign architecture.
enum class StagePlatform {
    Target,   // no --platform, or $TARGETPLATFORM: the target's architecture (emulated when it differs)
    Build,    // $BUILDPLATFORM: natively on the build machine
    Constant, // a fixed value such as linux/amd64 (ARM101 covers x86 pins)
    Unknown,  // another variable: decided per build
};

// The platform of a stage, following FROM <stage> to the stage it is built from.
StagePlatform stagePlatform(const Dockerfile &df, int stage);

// One `go build` / `go install` command of a RUN.
struct GoCommand
{
    const ShellSource *source = nullptr;
    int command = 0;              // index into source->commands
    int goWord = 0;               // index of the `go` word
    bool install = false;         // go install
    bool toolInstall = false;     // go install pkg@version: a build tool, not the project
    bool setsGoarch = false;      // GOARCH=… before the command (or env GOARCH=…)
    bool goarchVariable = false;  // … and its value is a variable ($TARGETARCH)
    bool setsGoos = false;
    bool setsCgo = false;         // CGO_ENABLED=…
    QString output;               // -o value, empty when absent
    bool outputRunLater = false;  // the stage runs the binary it built (a generator)
};

// What a Go build stage does, as far as ARM602/ARM604 need it.
struct GoStage
{
    int stage = -1;
    StagePlatform platform = StagePlatform::Target;
    bool buildOnly = false;         // only COPY --from'd into later stages
    QList<GoCommand> commands;      // every go build/install outside an architecture conditional
    bool stageGoarch = false;       // ENV GOARCH / export GOARCH in the stage
    bool stageGoarchConstant = false;
    bool stageGoos = false;
    bool cgoDisabled = false;       // ENV/export CGO_ENABLED=0 in the stage
    QString cgoEvidence;            // why the code needs cgo; empty when nothing says so
    bool targetVarsElsewhere = false; // TARGETARCH… used outside GOOS/GOARCH and ARG
    bool mentionsGoarch = false;    // "GOARCH" anywhere in the stage (also `go env -w`)
};

QList<GoStage> analyseGoStages(const RuleContext &ctx);

// The commands of a Go stage that build the shipped binary: not tool installs and not
// generators that the stage runs itself.
QList<GoCommand> shippedBuilds(const GoStage &stage);

// A stage that ARM602 reports: a build-only Go stage on the target platform whose shipped
// builds are not deliberately pinned to one architecture.
bool isCrossCompileCandidate(const GoStage &stage);

// Is the command (the `go` word and what precedes it) of `src` a go build/install?
bool isGoBuild(const ShellCommand &cmd, int *goWord = nullptr, bool *install = nullptr);

// Range of words [from, to] of a command.
SourceRange wordsRange(const Dockerfile &df, const ShellSource &src, const ShellCommand &cmd, int from, int to);

} // namespace Armlift::Internal
