#include "rules/planner/EmulationCostRule.h"

#include "rules/RuleContext.h"
#include "rules/planner/EmulationEstimate.h"
#include "rules/planner/StageAnalysis.h"
#include "rules/platform/StageUse.h"

#include <QSet>

namespace Armlift {

using namespace Internal;
using namespace Qt::StringLiterals;

namespace {

// A compile step without pointers into the shell sources (they are collected again after an
// edit): the source is the `ordinal`-th shell source of `instruction`.
struct StepRecord
{
    int instruction = 0;
    int ordinal = 0;
    int command = 0;
    int firstWord = 0;
    int lastWord = 0;
    QString kind;
    bool goBuild = false;

    bool operator==(const StepRecord &o) const
    {
        return instruction == o.instruction && ordinal == o.ordinal && command == o.command && firstWord == o.firstWord
            && lastWord == o.lastWord && goBuild == o.goBuild && kind == o.kind;
    }
};

// What one stage (or the instructions before the first FROM) contributes.
struct StagePart
{
    QList<StepRecord> steps;   // every compile step, which the estimate counts
    QList<Finding> hints;      // the stage's hints, without the estimate
    bool goBuildHint = false;  // a `go build` that ARM602 takes over when the stage is a candidate
    bool asCandidate = false;  // the hints were made with the stage as a cross-compile candidate
};

struct EmulationMemo final : IncrementalRule::Memo
{
    QList<StagePart> parts; // index: stage + 1
    // The estimate of these steps: with the same steps in a file of the same structure, the same.
    bool hasEstimate = false;
    QString estimate;
};

int stageOf(const Dockerfile &df, const CompileStep &s)
{
    return df.instructions().at(s.source->instruction).stage;
}

} // namespace

RuleInfo EmulationCostRule::info() const
{
    return {u"ARM603"_s, Severity::Info, tr("compiles under emulation"),
            tr("A RUN step compiles or installs from source in a stage that runs under QEMU emulation when the image "
               "is built for another architecture.")};
}

void EmulationCostRule::check(const RuleContext &ctx, QList<Finding> &out) const
{
    run(ctx, nullptr, nullptr, out);
}

void EmulationCostRule::checkIncremental(const RuleContext &ctx, const QSet<int> *changedStages,
                                         std::unique_ptr<Memo> &memo, QList<Finding> &out) const
{
    run(ctx, changedStages, &memo, out);
}

const QString &EmulationCostRule::hintHelp(HintHelp &help, bool buildOnly)
{
    if (help.general.isEmpty())
        help.general = tr("Emulation translates every instruction of the compiler: the migration talk built the same "
                          "image in 22m27s under emulation and in 3m01s natively on arm64. Build on a native arm64 "
                          "machine or runner (docker buildx with a remote arm64 node, ubuntu-24.04-arm in GitHub "
                          "Actions), or move compilation into a stage on $BUILDPLATFORM that cross-compiles. Use "
                          "prebuilt packages (distribution packages, wheels, release binaries) where they exist.");
    if (buildOnly && help.buildOnly.isEmpty())
        help.buildOnly = help.general + u' '
            + tr("This stage's output is only copied, so it can run on $BUILDPLATFORM with a cross toolchain: "
                 "Rust: rustup target add aarch64-unknown-linux-gnu and cargo build --target "
                 "aarch64-unknown-linux-gnu with the linker aarch64-linux-gnu-gcc (or cargo-zigbuild); "
                 "C/C++: gcc-aarch64-linux-gnu (CC=aarch64-linux-gnu-gcc) or a CMake toolchain file with "
                 "CMAKE_SYSTEM_PROCESSOR=aarch64; Node native modules: npm_config_arch=arm64 with "
                 "CC/CXX set to the cross compiler; the tonistiigi/xx helpers (xx-apt-get, xx-clang, "
                 "xx-cargo, xx-go) wrap these for every TARGETPLATFORM.");
    return buildOnly ? help.buildOnly : help.general;
}

QList<Finding> EmulationCostRule::stageHints(const RuleContext &ctx, const RuleInfo &ri, int stage,
                                             const QList<CompileStep> &steps, bool crossCandidate,
                                             HintHelp &helpTexts, bool *goBuildHint) const
{
    const Dockerfile &df = ctx.dockerfile;
    *goBuildHint = false;
    QList<Finding> out;
    if (steps.isEmpty() || stage < 0 || !stageEmulated(df, stage))
        return out;
    // One hint per RUN step, on its first compiling command, naming every kind it runs.
    QList<int> order;
    QHash<int, QList<const CompileStep *>> byInstruction;
    for (const CompileStep &s : steps) {
        if (s.source->commands.at(s.command).archConditional)
            continue;
        // Go builds of stages ARM602 reports are its finding, not a second one here.
        if (s.goBuild) {
            *goBuildHint = true;
            if (crossCandidate)
                continue;
        }
        const int instruction = s.source->instruction;
        if (!byInstruction.contains(instruction))
            order.append(instruction);
        byInstruction[instruction].append(&s);
    }
    if (order.isEmpty())
        return out;

    const QString &help = hintHelp(helpTexts, isBuildOnlyStage(df, stage));
    for (const int instruction : std::as_const(order)) {
        const QList<const CompileStep *> &its = byInstruction.value(instruction);
        QStringList kinds;
        for (const CompileStep *s : its)
            if (!kinds.contains(s->kind))
                kinds.append(s->kind);
        const CompileStep &s = *its.first();
        const ShellCommand &cmd = s.source->commands.at(s.command);
        const QString message = tr("This RUN step compiles from source (%1): building the image for another "
                                   "architecture runs it under QEMU emulation, several times slower than natively.")
                                    .arg(kinds.join(u", "_s));
        out.append(makeFinding(ri, ctx.file, wordsRange(df, *s.source, cmd, s.firstWord, s.lastWord), message, help));
    }
    return out;
}

void EmulationCostRule::run(const RuleContext &ctx, const QSet<int> *changed, std::unique_ptr<Memo> *memo,
                            QList<Finding> &out) const
{
    const Dockerfile &df = ctx.dockerfile;
    const RuleInfo ri = info();
    const int groups = int(df.stages().size()) + 1; // index: stage + 1 (-1: before the first FROM)
    QSet<int> crossCandidates;
    for (const GoStage &gs : analyseGoStages(ctx))
        if (isCrossCompileCandidate(gs))
            crossCandidates.insert(gs.stage);

    // The first shell source of each instruction: a kept step names its source by instruction
    // and ordinal.
    QList<int> firstSource;
    if (memo) {
        firstSource.fill(-1, df.instructions().size());
        for (int k = 0; k < ctx.shell.size(); ++k)
            if (firstSource.at(ctx.shell.at(k).instruction) < 0)
                firstSource[ctx.shell.at(k).instruction] = k;
    }

    // The compile steps of each stage, pointing into ctx.shell.
    QList<QList<CompileStep>> steps(groups);
    QList<bool> redo(groups, true);
    auto *kept = memo ? dynamic_cast<EmulationMemo *>(memo->get()) : nullptr;
    bool reuse = changed && kept && kept->parts.size() == groups;
    if (reuse) {
        for (int g = 0; g < groups && reuse; ++g) {
            if (changed->contains(g - 1))
                continue;
            redo[g] = false;
            for (const StepRecord &r : std::as_const(kept->parts.at(g).steps)) {
                const int at = r.instruction < firstSource.size() ? firstSource.at(r.instruction) : -1;
                if (at < 0 || at + r.ordinal >= ctx.shell.size() || ctx.shell.at(at + r.ordinal).instruction != r.instruction
                    || r.command >= ctx.shell.at(at + r.ordinal).commands.size()) {
                    reuse = false; // not the file the memo was made for: start again
                    break;
                }
                CompileStep s;
                s.source = &ctx.shell.at(at + r.ordinal);
                s.command = r.command;
                s.firstWord = r.firstWord;
                s.lastWord = r.lastWord;
                s.kind = r.kind;
                s.goBuild = r.goBuild;
                steps[g].append(s);
            }
        }
        if (reuse) {
            // The changed stages: their shell sources alone give their steps (a stage's steps
            // depend on that stage's shell only).
            for (int g = 0; g < groups; ++g) {
                if (!redo.at(g))
                    continue;
                QList<ShellSource> own;
                QList<const ShellSource *> where;
                for (const ShellSource &src : ctx.shell) {
                    if (df.instructions().at(src.instruction).stage == g - 1) {
                        own.append(src);
                        where.append(&src);
                    }
                }
                for (CompileStep s : findCompileSteps(df, own)) {
                    s.source = where.at(s.source - own.constData());
                    steps[g].append(s);
                }
            }
        }
    }
    if (!reuse) {
        redo.fill(true);
        for (QList<CompileStep> &list : steps)
            list.clear();
        for (const CompileStep &s : findCompileSteps(df, ctx.shell))
            steps[stageOf(df, s) + 1].append(s);
    }

    QList<StagePart> parts = reuse ? kept->parts : QList<StagePart>(groups);
    HintHelp helpTexts;
    bool anyHint = false;
    bool stepsChanged = !reuse;
    for (int g = 0; g < groups; ++g) {
        StagePart &part = parts[g];
        const bool candidate = crossCandidates.contains(g - 1);
        if (redo.at(g) || (part.goBuildHint && part.asCandidate != candidate)) {
            part.hints = stageHints(ctx, ri, g - 1, steps.at(g), candidate, helpTexts, &part.goBuildHint);
            part.asCandidate = candidate;
        }
        if (memo && redo.at(g)) {
            QList<StepRecord> records;
            for (const CompileStep &s : std::as_const(steps.at(g))) {
                const int instruction = s.source->instruction;
                records.append({instruction, int(s.source - ctx.shell.constData()) - firstSource.at(instruction),
                                s.command, s.firstWord, s.lastWord, s.kind, s.goBuild});
            }
            stepsChanged = stepsChanged || records != part.steps;
            part.steps = std::move(records);
        }
        anyHint = anyHint || !part.hints.isEmpty();
    }

    QString estimate;
    const bool sameEstimate = reuse && !stepsChanged && kept->hasEstimate;
    if (anyHint) {
        if (sameEstimate) {
            estimate = kept->estimate;
        } else {
            QList<CompileStep> allSteps;
            for (const QList<CompileStep> &list : std::as_const(steps))
                allSteps += list;
            estimate = EmulationEstimate::of(df, allSteps).describe();
        }
        bool first = true;
        for (const StagePart &part : std::as_const(parts)) {
            for (const Finding &hint : part.hints) {
                out.append(hint);
                if (first && !estimate.isEmpty())
                    out.last().message += u' ' + estimate;
                first = false;
            }
        }
    }
    if (memo) {
        auto next = std::make_unique<EmulationMemo>();
        next->parts = std::move(parts);
        next->hasEstimate = anyHint;
        next->estimate = estimate;
        *memo = std::move(next);
    }
}

} // namespace Armlift
