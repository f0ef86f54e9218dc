// Parses arbitrary bytes as a Dockerfile and runs every rule on it, so the parser, the shell
// splitter and the rules see the same garbage a user's repository might contain.
#include "dockerfile/Dockerfile.h"
#include "fix/FixApplier.h"
#include "kb/KnowledgeBase.h"
#include "rules/RuleContext.h"
#include "rules/RuleRegistry.h"
#include "scan/ProjectFiles.h"

#include <QCoreApplication>
#include <cstddef>
#include <cstdint>

using namespace Armlift;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const Dockerfile df = Dockerfile::parse(QStringLiteral("Dockerfile"), text);
    static const ProjectFiles files(QStringLiteral("/nonexistent-armlift-fuzz-root"));
    const QList<ShellSource> shell = collectShellSources(df);
    const RuleContext ctx{df, KnowledgeBase::bundled(), files, QStringLiteral("Dockerfile"), shell};
    QList<Finding> findings;
    for (const auto &rule : RuleRegistry::bundled().rules())
        rule->check(ctx, findings);
    QList<TextEdit> edits;
    for (const Finding &f : findings) {
        if (f.range.line < 1 || f.range.line > df.document().lineCount() + 1)
            __builtin_trap(); // a finding outside the file is a bug
        if (!f.fixes.isEmpty())
            for (const TextEdit &e : f.fixes.first().edits)
                if (e.file == QStringLiteral("Dockerfile"))
                    edits.append(e);
    }
    const auto applied = FixApplier::apply(text, edits);
    Dockerfile::parse(QStringLiteral("Dockerfile"), applied.text);
    return 0;
}
