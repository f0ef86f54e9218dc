#pragma once

#include "text/TextDocument.h"

namespace Armlift {

// `# armlift-ignore=ARM201` (several IDs comma-separated, or `all`) on the finding's line or in
// the comment lines directly above it, or above the instruction it belongs to.
bool isSuppressed(const TextDocument &doc, int line, const QString &ruleId, int instructionLine = 0);

class ProjectFiles;

// The same comments in the other manifests with `#` comments (Gemfile, Gemfile.lock, gems.rb,
// yarn.lock, pnpm-lock.yaml). JSON has no comments: package.json and package-lock.json
// findings are silenced with "ignore" or "disable" in .armlift.json instead.
bool isHashCommentManifest(const QString &path);
bool isSuppressedInManifest(const ProjectFiles &files, const QString &path, int line, const QString &ruleId);

} // namespace Armlift
