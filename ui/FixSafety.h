#pragma once

#include "model/Finding.h"

#include <QString>

namespace Armlift {

// Which fixes "Fix All Safe Problems in Project" may apply without a person choosing.
//
// A fix is safe when its rule is listed in the table in FixSafety.cpp (rules whose fixes edit a
// pinned version, an architecture name or a build tag in place) AND the fix itself has that
// shape: no note (nothing left for a person to complete), and every edit stays inside one line
// of text. The only new lines allowed are `ARG NAME` declarations, for rules that declare the
// platform argument their fix uses. A fix that adds stages, RUN steps, packages or flags is
// never safe, whatever its rule.
namespace FixSafety {

// Why the rule's in-place fixes are safe ("raises a pinned version"); empty when the rule has
// no safe fixes.
QString reason(const QString &ruleId);
bool isSafe(const Finding &finding, const Fix &fix);
// The first safe fix of the finding, or -1.
int safeFixIndex(const Finding &finding);

} // namespace FixSafety
} // namespace Armlift
