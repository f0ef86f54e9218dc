#pragma once

#include <QString>

namespace Armlift {

// npm's semantic versions, as far as the arm64 rules need them: ordering and "can this
// range still resolve to a version at or above X?" (the question behind "pin the first
// release with a linux-arm64 prebuild").
namespace SemVer {

// Compares "1.2.3", "v1.2.3", "1.2.3-beta.1" (a pre-release sorts before its release;
// missing parts count as 0). Build metadata (+…) is ignored.
int compare(const QString &a, const QString &b);

// Is `version` a plain version (1.2.3, 1.2.3-rc.1), not a range?
bool isVersion(const QString &version);

// Does the npm range `range` (^1.2.3, ~1.2, 1.x, >=1 <2, a || b, 1.2.3 - 1.4, *, latest, …)
// admit some version >= `version`? Specs that are not semver ranges (git URLs, file:,
// workspace:, tags other than latest) answer true: nothing is known about them.
bool rangeAllowsAtLeast(const QString &range, const QString &version);

// Does the range admit `version` itself? Unknown specs answer true.
bool rangeAllows(const QString &range, const QString &version);

} // namespace SemVer

} // namespace Armlift
