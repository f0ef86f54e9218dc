#pragma once

#include "model/Finding.h"

#include <QString>

namespace Armlift {

struct PythonRequirement;
struct RuleContext;

// Where a finding about a version points: the pinned version itself (numpy==[1.18.5]) or the
// clause that keeps the good version out (numpy>=1.15,[<1.19]).
SourceRange versionFindingRange(const PythonRequirement &r, const QString &goodVersion);

// Pins the first good version, keeping the user's operator when it is == or ===; any other
// specifier is replaced by ==good. False when nothing can be edited.
bool pinFix(const PythonRequirement &r, const QString &goodVersion, const QString &title, Fix *fix);

// "numpy==1.18.5" as written (name and specifier), for messages.
QString requirementText(const PythonRequirement &r);

// Removes the requirement word from its pip command (with the blank before it); when it is
// the command's only requirement, replaces the whole command with `replacement`.
TextEdit removeFromPipCommand(const RuleContext &ctx, const PythonRequirement &r, const QString &replacement);

} // namespace Armlift
