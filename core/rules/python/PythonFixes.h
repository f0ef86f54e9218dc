#pragma once

#include "model/Finding.h"
#include "rules/python/PythonKnowledge.h"

#include <QString>
#include <QStringList>

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

// What a source build of `r` needs and the stage does not install before it: `packages` in the
// stage's package manager's names (apk on Alpine, apt otherwise; empty for other managers),
// `names` in the words the message uses (the same names, or the Debian ones when the manager
// is unknown). Empty when the stage has everything or its image ships compilers.
struct MissingBuildDeps
{
    QStringList packages;
    QStringList names;
    QString manager; // "apt", "apk" or empty
};
MissingBuildDeps missingBuildDeps(const RuleContext &ctx, const PythonRequirement &r, const PythonKnowledge &kb,
                                  const QList<PythonKnowledge::Requirement> &needs);

// Completes a finding about a source build that lacks `missing` (ARM301, ARM302): the note
// that the names are Debian's when the stage's package manager is unknown, and the fix that
// installs the packages in the stage.
void addBuildDepsAdvice(const RuleContext &ctx, const PythonRequirement &r, const MissingBuildDeps &missing,
                        Finding &finding);

} // namespace Armlift
