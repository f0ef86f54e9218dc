#pragma once

#include "manifest/npm/NpmManifests.h"
#include "model/Finding.h"

#include <QList>
#include <QString>
#include <memory>

namespace Armlift {

struct RuleContext;
struct ShellCommand;

// A package named on a RUN line: `npm install -g node-sass@4.14.1`, `yarn add sharp@0.23`.
struct NodeWordPackage
{
    QString name;
    QString spec;              // empty: the latest release
    int word = -1;             // index into the command's words
    int specStart = -1;        // value index of the spec inside the word (-1 when none)
};

// One `npm ci` / `npm install` / `yarn [install]` / `pnpm install` (or `npm install pkg@v`)
// of a Dockerfile, with the manifests it installs from the build context.
struct NodeInstall
{
    int source = -1;           // index into RuleContext::shell
    int command = -1;
    int instruction = -1;
    int stage = -1;
    QString manager;           // npm, yarn, pnpm
    bool clean = false;        // npm ci: removes node_modules first
    bool omitDev = false;      // --production, --omit=dev, --only=prod
    bool ignoreScripts = false;
    bool usesManifest = false; // installs what package.json (and its lockfile) list
    QList<NodeWordPackage> words;
    std::shared_ptr<const PackageJson> packageJson; // null when no package.json comes from the context
    std::shared_ptr<const NpmLockfile> lockfile;    // null when none is copied
};

// Where a package a Dockerfile installs is decided: the package.json entry, the lockfile
// entry, or the word of the RUN line.
struct NodePackageUse
{
    enum class Place { PackageJson, Lockfile, Dockerfile };
    Place place = Place::PackageJson;
    const NodeInstall *install = nullptr;
    QString name;
    QString spec;                         // package.json / word range; empty for lockfile-only
    QList<QString> lockedVersions;        // what the lockfile resolves (may be empty)
    const NpmDependency *dependency = nullptr;
    const LockedPackage *locked = nullptr;
    const NodeWordPackage *word = nullptr;
};

class NodeProject
{
public:
    static QList<NodeInstall> collect(const RuleContext &ctx);
    // Install commands of `ctx` that run the command `cmd` (npm/yarn/pnpm and what they install);
    // false when the command is not a package install.
    static bool readInstall(const ShellCommand &cmd, NodeInstall *install);
    // Every use of package `name` by `install`: the package.json entry (with its lockfile
    // versions), else the lockfile entries, and the RUN-line words.
    static QList<NodePackageUse> usesOf(const NodeInstall &install, const QString &name);

    // Parsed manifests, cached by path and content (lockfiles can be megabytes and several
    // rules read them for every Dockerfile).
    static std::shared_ptr<const PackageJson> packageJson(const RuleContext &ctx, const QString &path);
    static std::shared_ptr<const NpmLockfile> lockfile(const RuleContext &ctx, const QString &path);
};

// Range of the whole word / of value[start, end) of a word of an install command.
SourceRange nodeWordRange(const RuleContext &ctx, const NodeInstall &install, int word, int start = -1, int end = -1);
TextEdit nodeWordEdit(const RuleContext &ctx, const NodeInstall &install, int word, int start, int end,
                      const QString &newText);

} // namespace Armlift
