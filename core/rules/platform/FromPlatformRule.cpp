#include "rules/platform/FromPlatformRule.h"

#include "rules/RuleContext.h"
#include "rules/platform/StageUse.h"

namespace Armlift {

using namespace Internal;

RuleInfo FromPlatformRule::info() const
{
    return {QStringLiteral("ARM101"), Severity::Warning, tr("constant FROM --platform"),
            tr("A stage is pinned to an x86 platform with a constant FROM --platform.")};
}

static bool isX86Platform(const QString &value)
{
    const QString v = value.toLower();
    return v.contains(u"amd64") || v.contains(u"x86_64") || v.contains(u"x86-64") || v.contains(u"386");
}

void FromPlatformRule::check(const RuleContext &context, QList<Finding> &out) const
{
    const Dockerfile &df = context.dockerfile;
    const QString &doc = df.document().text();
    for (const Stage &st : df.stages()) {
        const Instruction &in = df.instructions().at(st.fromInstruction);
        const InstructionFlag *flag = in.flag(u"platform");
        // A variable ($BUILDPLATFORM, $TARGETPLATFORM, an ARG) is a deliberate choice per build.
        if (!flag || flag->value.contains(u'$') || !isX86Platform(flag->value))
            continue;
        Finding f = makeFinding(
            info(), context.file, df.range(flag->start, flag->end),
            tr("--platform=%1 pins this stage to x86: on arm64 it runs under emulation, slowly, and its binaries "
               "are x86 binaries.")
                .arg(flag->value),
            tr("Remove the flag so the stage builds for the target platform. For a stage whose output is only "
               "copied into later stages, --platform=$BUILDPLATFORM runs it natively on the build machine; "
               "cross-compile there with TARGETARCH."));
        int end = flag->end;
        while (end < in.end && (doc.at(end) == u' ' || doc.at(end) == u'\t'))
            ++end;
        Fix remove;
        remove.title = tr("Remove --platform=%1").arg(flag->value);
        remove.edits = {TextEdit{context.file, df.range(flag->start, end), QString()}};
        f.fixes.append(remove);
        if (isBuildOnlyStage(df, st.index)) {
            Fix build;
            build.title = tr("Run this build-only stage on $BUILDPLATFORM");
            build.edits = {TextEdit{context.file, df.range(flag->valueStart, flag->end), QStringLiteral("$BUILDPLATFORM")}};
            build.note = tr("Binaries built in this stage must then be cross-compiled for $TARGETARCH "
                            "(e.g. GOARCH=$TARGETARCH after ARG TARGETARCH).");
            f.fixes.append(build);
        }
        out.append(f);
    }
}

} // namespace Armlift
