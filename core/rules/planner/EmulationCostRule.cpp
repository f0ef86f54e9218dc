#include "rules/planner/EmulationCostRule.h"

#include "rules/RuleContext.h"
#include "rules/planner/EmulationEstimate.h"
#include "rules/planner/StageAnalysis.h"
#include "rules/platform/StageUse.h"

#include <QSet>

namespace Armlift {

using namespace Internal;
using namespace Qt::StringLiterals;

RuleInfo EmulationCostRule::info() const
{
    return {u"ARM603"_s, Severity::Info, tr("compiles under emulation"),
            tr("A RUN step compiles or installs from source in a stage that runs under QEMU emulation when the image "
               "is built for another architecture.")};
}

void EmulationCostRule::check(const RuleContext &ctx, QList<Finding> &out) const
{
    const Dockerfile &df = ctx.dockerfile;
    // Go builds of stages ARM602 reports are its finding, not a second one here.
    QSet<int> crossCandidates;
    for (const GoStage &gs : analyseGoStages(ctx))
        if (isCrossCompileCandidate(gs))
            crossCandidates.insert(gs.stage);

    // One hint per RUN step, on its first compiling command, naming every kind it runs.
    QList<int> order;
    QHash<int, QList<CompileStep>> byInstruction;
    const QList<CompileStep> allSteps = findCompileSteps(df, ctx.shell);
    for (const CompileStep &s : allSteps) {
        const int instruction = s.source->instruction;
        const int stage = df.instructions().at(instruction).stage;
        if (stage < 0 || !stageEmulated(df, stage) || s.source->commands.at(s.command).archConditional)
            continue;
        if (s.goBuild && crossCandidates.contains(stage))
            continue;
        if (!byInstruction.contains(instruction))
            order.append(instruction);
        byInstruction[instruction].append(s);
    }
    if (order.isEmpty())
        return;

    const QString estimate = EmulationEstimate::of(df, allSteps).describe();
    bool first = true;
    for (const int instruction : std::as_const(order)) {
        const QList<CompileStep> &steps = byInstruction.value(instruction);
        QStringList kinds;
        for (const CompileStep &s : steps)
            if (!kinds.contains(s.kind))
                kinds.append(s.kind);
        const CompileStep &s = steps.first();
        const ShellCommand &cmd = s.source->commands.at(s.command);
        QString message = tr("This RUN step compiles from source (%1): building the image for another architecture "
                             "runs it under QEMU emulation, several times slower than natively.")
                              .arg(kinds.join(u", "_s));
        if (first && !estimate.isEmpty())
            message += u' ' + estimate;
        first = false;

        QString help = tr("Emulation translates every instruction of the compiler: the migration talk built the same "
                          "image in 22m27s under emulation and in 3m01s natively on arm64. Build on a native arm64 "
                          "machine or runner (docker buildx with a remote arm64 node, ubuntu-24.04-arm in GitHub "
                          "Actions), or move compilation into a stage on $BUILDPLATFORM that cross-compiles. Use "
                          "prebuilt packages (distribution packages, wheels, release binaries) where they exist.");
        const int stage = df.instructions().at(instruction).stage;
        if (isBuildOnlyStage(df, stage))
            help += u' '
                + tr("This stage's output is only copied, so it can run on $BUILDPLATFORM with a cross toolchain: "
                     "Rust: rustup target add aarch64-unknown-linux-gnu and cargo build --target "
                     "aarch64-unknown-linux-gnu with the linker aarch64-linux-gnu-gcc (or cargo-zigbuild); "
                     "C/C++: gcc-aarch64-linux-gnu (CC=aarch64-linux-gnu-gcc) or a CMake toolchain file with "
                     "CMAKE_SYSTEM_PROCESSOR=aarch64; Node native modules: npm_config_arch=arm64 with "
                     "CC/CXX set to the cross compiler; the tonistiigi/xx helpers (xx-apt-get, xx-clang, "
                     "xx-cargo, xx-go) wrap these for every TARGETPLATFORM.");
        out.append(makeFinding(info(), ctx.file, wordsRange(df, *s.source, cmd, s.firstWord, s.lastWord), message,
                               help));
    }
}

} // namespace Armlift
