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

// A wheel file named directly (a URL, a path, `name @ url`) in a pip install or a requirements
// file the Dockerfile installs, whose platform tags are all x86 (linux_x86_64,
// manylinux2014_x86_64, musllinux_1_1_x86_64 …): pip refuses it on arm64.
struct X86WheelReference
{
    QString file;         // the Dockerfile or the requirements file
    SourceRange range;    // the wheel's file name
    QString wheel;        // the file name, e.g. torch-2.2.1%2Bcpu-cp311-cp311-linux_x86_64.whl
    QString platformTag;  // e.g. linux_x86_64
    bool inDockerfile = true;
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
    // Direct x86-only wheel references, with the same exclusions (architecture branches,
    // markers, --platform).
    static QList<X86WheelReference> collectX86Wheels(const RuleContext &ctx);

private:
    static QList<PythonRequirement> gather(const RuleContext &ctx);
};

} // namespace Armlift
