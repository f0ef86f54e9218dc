#pragma once

#include "manifest/Requirements.h"
#include "model/Finding.h"

#include <QList>
#include <QString>

namespace Armlift {

struct RuleContext;
struct ShellSource;

// One version clause with where its operator and version are written.
struct WrittenClause
{
    QString op;
    QString version;
    SourceRange clauseRange;   // operator through version
    SourceRange versionRange;  // the version alone
};

// A requirement a Dockerfile installs with pip: a word of a `pip install` command or a line
// of a requirements file that the Dockerfile COPYs and installs with `-r`.
struct PythonRequirement
{
    Requirement requirement;
    QString file;               // where it is written (the Dockerfile or the requirements file)
    bool inDockerfile = true;
    SourceRange nameRange;
    SourceRange specifierRange; // invalid when unversioned
    QList<WrittenClause> clauses;
    int instruction = -1;       // the RUN that runs pip
    int stage = -1;
    // Dockerfile words only: which word of which command of which shell source.
    int source = -1;
    int command = -1;
    int word = -1;
    int requirementsInCommand = 0; // how many requirement words the pip command has
    bool noBinary = false;         // --no-binary covers it: the user builds from source on purpose

    // The clause that keeps `goodVersion` out (==, ===, <, <=, ~=, ==X.*); null when none.
    const WrittenClause *blockingClause(const QString &goodVersion) const;
};

// Command names that run pip: pip, pip3, pip3.11 (^pip(\d+(\.\d+)?)?$); and Python itself:
// python, python3, python3.11. Hand-written because they are asked of every command.
bool isPipName(QStringView name);
bool isPythonName(QStringView name);

// Gathers every requirement a Dockerfile installs with pip (pip, pip3, pythonX -m pip,
// uv pip), following `-r` files through COPY/ADD and bind mounts into the build context,
// and their own -r/-c includes. Requirements inside architecture branches, behind a
// marker that excludes aarch64, or installed with `--platform` for another target are left out.
class PythonRequirementCollector
{
public:
    static QList<PythonRequirement> collect(const RuleContext &ctx); // computed once per context

private:
    static QList<PythonRequirement> gather(const RuleContext &ctx);
};

} // namespace Armlift
