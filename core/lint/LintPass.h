#pragma once

#include "scan/ScanResult.h"

#include <QList>
#include <QString>

namespace Armlift {

class Dockerfile;
class ProjectConfig;
class ProjectFiles;
class Rule;
class RuleRegistry;
struct ShellSource;

// The steps of linting one Dockerfile, shared by ProjectScanner (whole files) and
// IncrementalLinter (pieces of a file).

// Runs `rules` over `df`, seeing only the shell sources `shell`, and drops what the project
// config disables and what `# armlift-ignore` comments suppress.
QList<Finding> runRulePass(const RuleRegistry &registry, const QList<const Rule *> &rules, const Dockerfile &df,
                           const QList<ShellSource> &shell, const QString &relativePath, const ProjectFiles &files,
                           const ProjectConfig &config);
// The second half of runRulePass: drops from `raw`, the findings of rules run over `df`, what
// the project config disables and what `# armlift-ignore` comments suppress.
QList<Finding> keptFindings(QList<Finding> raw, const Dockerfile &df, const QString &relativePath,
                            const ProjectFiles &files, const ProjectConfig &config);

// The Dockerfile's parse problems as scan errors.
void addParseProblems(const Dockerfile &df, const QString &relativePath, QList<ScanError> &errors);

// Adds the manifests `files` read, merges identical findings (two Dockerfiles sharing a
// requirements file) and sorts findings, files and errors.
void finishScanResult(ScanResult &result, const ProjectFiles &files);

} // namespace Armlift
