#pragma once

#include "dockerfile/Dockerfile.h"

namespace Armlift {

// Builds a Dockerfile from text. Lossless about positions: every piece of the result maps
// back to document offsets. Never fails; problems (unterminated heredoc, continuation at
// end of file, bad escape directive) are recorded with their line.
class DockerfileParser
{
public:
    DockerfileParser(const QString &path, const QString &text);
    Dockerfile run();

    // ["a", "b\"c"] -> mapped strings; false when the text is not a JSON array of strings.
    static bool parseJsonArray(const MappedText &args, QList<MappedText> *out);
    // ENV/ARG/LABEL pairs; `legacyEnv` allows `ENV KEY value with spaces`.
    static QList<KeyValue> parsePairs(const MappedText &args, bool legacyEnv);

private:
    int readDirectives();
    int readInstruction(int line, int start);
    int readHeredocs(Instruction &ins, int nextLine);
    void startStage(const Instruction &from, int index);
    void finishStages();

    Dockerfile m_df;
};

} // namespace Armlift
