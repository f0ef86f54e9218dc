#pragma once

#include "text/TextDocument.h"

namespace Armlift {

// `# armlift-ignore=ARM201` (several IDs comma-separated, or `all`) on the finding's line or in
// the comment lines directly above it, or above the instruction it belongs to.
bool isSuppressed(const TextDocument &doc, int line, const QString &ruleId, int instructionLine = 0);

} // namespace Armlift
