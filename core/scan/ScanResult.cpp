#include "scan/ScanResult.h"

namespace Armlift {

int ScanResult::count(Severity s) const
{
    return int(std::count_if(findings.cbegin(), findings.cend(), [s](const Finding &f) { return f.severity == s; }));
}

int ScanResult::fixableCount() const
{
    return int(std::count_if(findings.cbegin(), findings.cend(), [](const Finding &f) { return !f.fixes.isEmpty(); }));
}

} // namespace Armlift
