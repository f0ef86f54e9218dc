#include "rules/platform/StageUse.h"

namespace Armlift::Internal {

bool isBuildOnlyStage(const Dockerfile &df, int stage)
{
    const auto &stages = df.stages();
    const auto &ins = df.instructions();
    if (stage < 0 || stage + 1 >= stages.size())
        return false;
    bool copied = false;
    for (int i = stages.at(stage).lastInstruction + 1; i < ins.size(); ++i) {
        const Instruction &in = ins.at(i);
        if (in.keyword == u"FROM" && in.stage >= 0 && df.stageByName(df.stages().at(in.stage).image) == stage)
            return false;
        if (in.keyword == u"FROM")
            continue;
        if (const InstructionFlag *from = in.flag(u"from"); from && df.stageByName(from->value) == stage)
            copied = true;
        // RUN --mount=type=bind,from=<stage> reads its files too.
        for (const InstructionFlag &f : in.flags)
            if (f.name == u"mount" && f.value.contains(u"from=")) {
                const QString ref = f.value.section(QStringLiteral("from="), 1).section(u',', 0, 0);
                if (df.stageByName(ref) == stage)
                    copied = true;
            }
    }
    return copied;
}

int fromArgumentsOffset(const Dockerfile &df, int stage)
{
    const Instruction &in = df.instructions().at(df.stages().at(stage).fromInstruction);
    const QString &doc = df.document().text();
    int at = in.keywordEnd;
    while (at < in.end && doc.at(at).isSpace())
        ++at;
    return at;
}

} // namespace Armlift::Internal
