// Parses arbitrary bytes as a requirements file and as a go.mod.
#include "manifest/Requirements.h"

#include <cstddef>
#include <cstdint>

using namespace Armlift;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const RequirementsFile req = RequirementsFile::parse(QStringLiteral("requirements.txt"), text);
    for (const Requirement &r : req.requirements) {
        if (r.range.line < 1 || r.range.line > req.document.lineCount())
            __builtin_trap();
        compareVersions(r.pinnedVersion(), QStringLiteral("1.19.0"));
    }
    GoMod::parse(QStringLiteral("go.mod"), text);
    return 0;
}
