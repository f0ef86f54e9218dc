#pragma once

#include "dockerfile/Dockerfile.h"

namespace Armlift::Internal {

// A stage whose files are only copied (COPY --from) into later stages: it is not the last
// stage and no later stage is built FROM it. Such a stage may run on $BUILDPLATFORM, because
// only what it produces, not its own binaries, ends up in the image.
bool isBuildOnlyStage(const Dockerfile &df, int stage);

// Offset right after `FROM` and its blanks, where a flag can be inserted.
int fromArgumentsOffset(const Dockerfile &df, int stage);

} // namespace Armlift::Internal
