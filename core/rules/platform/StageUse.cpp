#include "rules/platform/StageUse.h"

namespace Armlift::Internal {

bool isBuildOnlyStage(const Dockerfile &df, int stage)
{
    const auto &stages = df.stages();
    if (stage < 0 || stage + 1 >= stages.size())
        return false;
    // A later FROM building on it ships its content; COPY --from and RUN --mount=…,from= only
    // read files (the parser records both per stage).
    return !stages.at(stage).baseOfLaterStage && stages.at(stage).copiedByLaterStage;
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
