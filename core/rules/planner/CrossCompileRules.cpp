#include "rules/planner/CrossCompileRules.h"

#include "rules/RuleContext.h"
#include "rules/planner/StageAnalysis.h"
#include "rules/platform/StageUse.h"
#include "rules/python/BuildContextPaths.h"

#include <QDir>
#include <QRegularExpression>

namespace Armlift {

using namespace Internal;
using namespace Qt::StringLiterals;

namespace {

QString stageLabel(const Dockerfile &df, int stage)
{
    const QString &name = df.stages().at(stage).name;
    return name.isEmpty() ? QString::number(stage) : name;
}

// Edits that make the shipped builds of a Go stage cross-compile: the GOOS/GOARCH (and
// CGO_ENABLED=0) prefix in front of each `go`, and `ARG TARGETOS TARGETARCH` after FROM.
// The user's spacing and line continuations stay as they are: only text is inserted.
QList<TextEdit> crossBuildEdits(const RuleContext &ctx, const GoStage &gs, bool cgoOff)
{
    const Dockerfile &df = ctx.dockerfile;
    QList<TextEdit> edits;
    bool needOs = false;
    bool needArch = false;
    int firstInstruction = -1;
    for (const GoCommand &g : shippedBuilds(gs)) {
        QStringList prefix;
        if (cgoOff && !g.setsCgo && !gs.cgoDisabled)
            prefix << u"CGO_ENABLED=0"_s;
        if (!g.setsGoos && !gs.stageGoos) {
            prefix << u"GOOS=$TARGETOS"_s;
            needOs = true;
        }
        if (!g.setsGoarch && !gs.stageGoarch) {
            prefix << u"GOARCH=$TARGETARCH"_s;
            needArch = true;
        }
        if (firstInstruction < 0)
            firstInstruction = g.source->instruction;
        if (prefix.isEmpty())
            continue;
        const int at = g.source->commands.at(g.command).words.at(g.goWord).start;
        edits.append(replaceIn(df, ctx.file, g.source->text, at, at, prefix.join(u' ') + u' '));
    }
    QStringList args;
    if (needOs && !df.isDeclared(u"TARGETOS"_s, firstInstruction))
        args << u"TARGETOS"_s;
    if (needArch && !df.isDeclared(u"TARGETARCH"_s, firstInstruction))
        args << u"TARGETARCH"_s;
    if (!args.isEmpty())
        edits.append(insertLineAfter(df, ctx.file, df.stages().at(gs.stage).fromInstruction, u"ARG "_s + args.join(u' ')));
    return edits;
}

// Makes a stage run on $BUILDPLATFORM: a new flag after FROM, or $TARGETPLATFORM replaced.
TextEdit buildPlatformEdit(const RuleContext &ctx, int stage)
{
    const Dockerfile &df = ctx.dockerfile;
    const Instruction &from = df.instructions().at(df.stages().at(stage).fromInstruction);
    if (const InstructionFlag *flag = from.flag(u"platform"))
        return TextEdit{ctx.file, df.range(flag->valueStart, flag->end), u"$BUILDPLATFORM"_s};
    const int at = fromArgumentsOffset(df, stage);
    return TextEdit{ctx.file, df.range(at, at), u"--platform=$BUILDPLATFORM "_s};
}

QStringList copiedSources(const Instruction &in)
{
    static const QRegularExpression space(u"\\s+"_s);
    QStringList words;
    if (in.jsonForm)
        for (const MappedText &a : in.jsonArgs)
            words.append(a.text());
    else
        words = in.args.text().split(space, Qt::SkipEmptyParts);
    if (!words.isEmpty())
        words.removeLast(); // the destination
    return words;
}

// Is the file a go build writes (-o) copied out of its stage by a later COPY --from?
bool outputCopied(const Dockerfile &df, const GoStage &gs, const GoCommand &g)
{
    if (g.output.isEmpty() || g.output.contains(u'$'))
        return false;
    const QString out = g.output.startsWith(u'/')
        ? QDir::cleanPath(g.output)
        : QDir::cleanPath(workdirAt(df, g.source->instruction) + u'/' + g.output);
    const auto &ins = df.instructions();
    for (int i = df.stages().at(gs.stage).lastInstruction + 1; i < ins.size(); ++i) {
        const InstructionFlag *from = ins.at(i).flag(u"from");
        if (!from || df.stageByName(from->value) != gs.stage)
            continue;
        for (const QString &source : copiedSources(ins.at(i))) {
            const QString src = QDir::cleanPath(source.startsWith(u'/') ? source : u"/"_s + source);
            if (src == out || src == u"/"_s || out.startsWith(src + u'/'))
                return true;
        }
    }
    return false;
}

} // namespace

RuleInfo CrossCompileRule::info() const
{
    return {u"ARM602"_s, Severity::Info, tr("Go build stage runs under emulation"),
            tr("A Go build stage whose output is only copied can run natively on $BUILDPLATFORM and "
               "cross-compile for the target instead of running the compiler under emulation.")};
}

void CrossCompileRule::check(const RuleContext &ctx, QList<Finding> &out) const
{
    const Dockerfile &df = ctx.dockerfile;
    for (const GoStage &gs : analyseGoStages(ctx)) {
        if (!isCrossCompileCandidate(gs))
            continue;
        const QList<GoCommand> shipped = shippedBuilds(gs);
        const GoCommand &first = shipped.first();
        const ShellCommand &cmd = first.source->commands.at(first.command);
        const QString stage = stageLabel(df, gs.stage);

        QString help = tr("When the image is built for another architecture (docker buildx build --platform "
                          "linux/arm64 on an x86-64 machine, or the reverse), every RUN of this stage runs under "
                          "QEMU emulation, and compilers are the slowest thing to emulate: the migration talk "
                          "measured 22m27s emulated against 3m01s native for the same image. The stage's files "
                          "are only copied into later stages, so it can run on the build machine "
                          "(FROM --platform=$BUILDPLATFORM) and let Go cross-compile with GOOS=$TARGETOS "
                          "GOARCH=$TARGETARCH; the final stage stays on the target platform. BUILDPLATFORM, "
                          "TARGETOS and TARGETARCH are set by BuildKit, buildah and podman.");
        QStringList blockers;
        if (!gs.cgoEvidence.isEmpty())
            blockers << tr("The stage uses cgo (%1): cross-compiling needs a C compiler for the target, e.g. "
                           "gcc-aarch64-linux-gnu with CC=aarch64-linux-gnu-gcc CGO_ENABLED=1, or the tonistiigi/xx "
                           "helpers (xx-apt-get install gcc libc6-dev, then xx-go build).")
                            .arg(gs.cgoEvidence);
        for (const GoCommand &g : shipped)
            if (g.install) {
                blockers << tr("`go install` of the project writes cross-compiled binaries to $GOPATH/bin/"
                               "linux_arm64/ (and refuses when GOBIN is set), so the COPY --from path would change: "
                               "use go build -o with the path the later stage copies.");
                break;
            }
        if (gs.targetVarsElsewhere)
            blockers << tr("The stage already selects something by TARGETARCH/TARGETPLATFORM besides GOARCH; on "
                           "$BUILDPLATFORM tools it downloads must use BUILDARCH (they run on the build machine).");
        if (df.stages().at(gs.stage).baseStage >= 0)
            blockers << tr("The stage is built FROM another stage; move that stage to $BUILDPLATFORM instead.");

        Finding f = makeFinding(info(), ctx.file, wordsRange(df, *first.source, cmd, first.goWord, first.goWord + 1),
                                tr("Stage %1 compiles Go under emulation when building for another architecture; its "
                                   "output is only copied, so it can build natively on $BUILDPLATFORM and "
                                   "cross-compile.")
                                    .arg(stage),
                                help);
        if (!blockers.isEmpty()) {
            f.help += u' ' + tr("Armlift does not rewrite this stage:") + u' ' + blockers.join(u' ');
            out.append(f);
            continue;
        }
        Fix fix;
        fix.title = tr("Cross-compile stage %1 on $BUILDPLATFORM (GOOS/GOARCH from TARGETOS/TARGETARCH)").arg(stage);
        fix.edits = {buildPlatformEdit(ctx, gs.stage)};
        fix.edits += crossBuildEdits(ctx, gs, true);
        bool addsCgoOff = false;
        for (const GoCommand &g : shipped)
            addsCgoOff = addsCgoOff || (!g.setsCgo && !gs.cgoDisabled);
        if (addsCgoOff)
            fix.note = tr("CGO_ENABLED=0 builds a static binary without C code: nothing in the stage asks for cgo "
                          "(no C toolchain installed, no CGO_ENABLED=1, no cgo module in go.mod). If the build then "
                          "reports \"build constraints exclude all Go files\", the code needs cgo and a C cross "
                          "compiler (see the rule's page).");
        f.fixes.append(fix);
        out.append(f);
    }
}

RuleInfo BuildPlatformGoarchRule::info() const
{
    return {u"ARM604"_s, Severity::Error, tr("Go binary built for the build machine"),
            tr("A stage on $BUILDPLATFORM builds a Go binary without GOARCH and a later stage copies it: the image "
               "gets a binary for the build machine's architecture.")};
}

void BuildPlatformGoarchRule::check(const RuleContext &ctx, QList<Finding> &out) const
{
    const Dockerfile &df = ctx.dockerfile;
    for (const GoStage &gs : analyseGoStages(ctx)) {
        // Any GOARCH in the stage (ENV, export, go env -w, a script) may already choose the target.
        if (gs.platform != StagePlatform::Build || !gs.buildOnly || gs.mentionsGoarch)
            continue;
        GoStage copied = gs;
        copied.commands.clear();
        for (const GoCommand &g : shippedBuilds(gs))
            if (!g.install && outputCopied(df, gs, g))
                copied.commands.append(g);
        if (copied.commands.isEmpty())
            continue;
        const GoCommand &g = copied.commands.first();
        const ShellCommand &cmd = g.source->commands.at(g.command);
        Finding f = makeFinding(
            info(), ctx.file, wordsRange(df, *g.source, cmd, g.goWord, g.goWord + 1),
            tr("go build runs on $BUILDPLATFORM without GOARCH: %1 is built for the build machine, and an "
               "arm64 image built on x86-64 gets an x86-64 binary (exec format error).")
                .arg(g.output),
            tr("FROM --platform=$BUILDPLATFORM runs this stage natively on the machine that builds, which is "
               "right for compiling, but Go then targets that machine unless GOOS/GOARCH say otherwise. BuildKit, "
               "buildah and podman set TARGETOS and TARGETARCH to the platform being built; declare them with "
               "ARG and pass them to go build."));
        if (gs.cgoEvidence.isEmpty()) {
            Fix fix;
            fix.title = tr("Build for the target: GOOS=$TARGETOS GOARCH=$TARGETARCH");
            fix.edits = crossBuildEdits(ctx, copied, true);
            if (!gs.cgoDisabled)
                fix.note = tr("CGO_ENABLED=0: cross-compiled Go has no C compiler for the target; nothing in the "
                              "stage asks for cgo.");
            f.fixes.append(fix);
        } else {
            f.help += u' '
                + tr("The stage uses cgo (%1): set CC to a cross compiler (aarch64-linux-gnu-gcc) with "
                     "CGO_ENABLED=1, or use the tonistiigi/xx helpers (xx-go build).")
                      .arg(gs.cgoEvidence);
        }
        out.append(f);
    }
}

} // namespace Armlift
