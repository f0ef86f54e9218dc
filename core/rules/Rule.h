#pragma once

#include "model/Finding.h"

#include <QList>
#include <QString>

namespace Armlift {

class Dockerfile;
class KnowledgeBase;
class ProjectFiles;
struct ShellSource;

struct RuleInfo
{
    QString id;          // stable: ARM201
    Severity severity = Severity::Error;
    QString title;       // short name: "Go amd64 tarball"
    QString summary;     // one sentence for --list-rules and SARIF shortDescription
};

// What a rule sees when it checks one Dockerfile.
struct RuleContext
{
    const Dockerfile &dockerfile;
    const KnowledgeBase &kb;
    const ProjectFiles &project;   // manifests (requirements files, go.mod) relative to the scan root
    QString file;                  // the Dockerfile's path relative to the scan root
    const QList<ShellSource> &shell; // every piece of shell the Dockerfile runs, parsed once
};

// A rule finds problems and proposes fixes as data; it never edits text.
class Rule
{
public:
    virtual ~Rule() = default;
    virtual RuleInfo info() const = 0;
    virtual void check(const RuleContext &context, QList<Finding> &out) const = 0;
};

} // namespace Armlift
