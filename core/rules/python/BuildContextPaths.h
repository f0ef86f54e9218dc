#pragma once

#include <QString>

namespace Armlift {

class Dockerfile;
struct RuleContext;
struct ShellSource;

// The Dockerfile's folder relative to the scan root ("" for the root): the build context
// that COPY sources are relative to.
QString contextDirectory(const QString &dockerfilePath);

// The working directory (absolute, in the image) at instruction `index`: WORKDIR lines of the
// stage and the stages it is built FROM, "/" by default.
QString workdirAt(const Dockerfile &df, int index);

// The build-context file (root-relative) that a path used by command `command` of `src`
// refers to, when a COPY/ADD (without --from) or a RUN --mount=type=bind put it there.
// Relative paths start at the WORKDIR and follow plain `cd DIR` commands before it.
// Empty when the file does not come from the build context or does not exist.
QString contextPathOf(const RuleContext &ctx, const ShellSource &src, int command, const QString &path);

// The build-context file a COPY/ADD in the stage of instruction `index` (or before it)
// copies to the image path `imagePath`; empty when none.
QString copiedFrom(const RuleContext &ctx, int index, const QString &imagePath);

} // namespace Armlift
