#include "rules/node/NodeRules.h"

#include "manifest/npm/SemVer.h"
#include "rules/RuleContext.h"
#include "rules/node/NodeProject.h"

namespace Armlift {

using namespace Qt::StringLiterals;

namespace {

QString lockCommand(const QString &manager)
{
    return manager == u"yarn"_s ? u"yarn install"_s : manager == u"pnpm"_s ? u"pnpm install"_s : u"npm install"_s;
}

// Keeps the user's ^ / ~ / exact style when pinning.
QString pinnedSpec(const QString &spec, const QString &good)
{
    const QString s = spec.trimmed();
    if (s.startsWith(u'^') || s.startsWith(u'~'))
        return s.left(1) + good;
    if (SemVer::isVersion(s) || (s.startsWith(u'=') && SemVer::isVersion(s.mid(1))))
        return good;
    return u'^' + good;
}

} // namespace

NativeNpmRule::NativeNpmRule(std::shared_ptr<const NodeKnowledge> kb)
    : m_kb(std::move(kb))
{
}

RuleInfo NativeNpmRule::info() const
{
    return {u"ARM701"_s, Severity::Error, tr("npm package without a linux-arm64 binary"),
            tr("An npm package downloads a prebuilt native binary that does not exist for linux-arm64 at the "
               "installed version, so the install fails or compiles from source on arm64.")};
}

void NativeNpmRule::check(const RuleContext &ctx, QList<Finding> &out) const
{
    const QList<NodeInstall> installs = NodeProject::collect(ctx);
    for (const NodeInstall &install : installs) {
        for (const NodeKnowledge::NativeFact &fact : m_kb->native) {
            for (const NodePackageUse &use : NodeProject::usesOf(install, fact.name)) {
                const bool specBad = use.place != NodePackageUse::Place::Lockfile && fact.specBlocks(use.spec);
                bool lockedBad = false;
                for (const QString &v : use.lockedVersions)
                    lockedBad = lockedBad || fact.isBad(v);
                if (!specBad && !lockedBad)
                    continue;
                if (!fact.allVersions && buildDepsSatisfied(ctx, install.instruction, fact.buildDeps, m_kb->compilerImages))
                    continue;
                if (use.place == NodePackageUse::Place::Dockerfile || !suppressedAtInstall(ctx, install.instruction, u"ARM701"_s))
                    report(ctx, fact, use, out);
            }
        }
    }
}

void NativeNpmRule::report(const RuleContext &ctx, const NodeKnowledge::NativeFact &fact, const NodePackageUse &use,
                           QList<Finding> &out) const
{
    const NodeInstall &install = *use.install;
    QString file;
    SourceRange range;
    QString written;
    switch (use.place) {
    case NodePackageUse::Place::PackageJson:
        file = install.packageJson->path;
        range = use.dependency->range;
        written = use.name + u' ' + use.spec;
        break;
    case NodePackageUse::Place::Lockfile:
        file = install.lockfile->path;
        range = use.locked->range;
        written = use.name + u' ' + use.locked->version;
        break;
    case NodePackageUse::Place::Dockerfile:
        file = ctx.file;
        range = nodeWordRange(ctx, install, use.word->word);
        written = use.spec.isEmpty() ? use.name : use.name + u'@' + use.spec;
        break;
    }
    if (!use.lockedVersions.isEmpty() && use.place == NodePackageUse::Place::PackageJson)
        written += u' ' + tr("(locked: %1)").arg(use.lockedVersions.join(u", "_s));

    // package.json already asks for a good release, but the lockfile still resolves a bad one
    // that the range no longer admits: the lockfile is stale (typically after this rule's own
    // fix). Only the package manager can bring it up to date (see the note on the fixes below).
    bool staleLock = false;
    if (use.place == NodePackageUse::Place::PackageJson && install.lockfile && !use.lockedVersions.isEmpty()
        && !fact.allVersions && !fact.specBlocks(use.spec)) {
        staleLock = true;
        for (const QString &v : use.lockedVersions)
            staleLock = staleLock && !SemVer::rangeAllows(use.spec, v);
    }

    QString message;
    if (staleLock)
        message = tr("%1: %2 still pins %3, which package.json no longer allows: run “%4” so the lockfile "
                     "follows (a clean install refuses it as it is)")
                      .arg(written, install.lockfile->path, use.lockedVersions.join(u", "_s),
                           lockCommand(install.manager));
    else if (fact.allVersions)
        message = tr("%1 has no linux-arm64 binary in any version: its install fails on arm64").arg(written);
    else if (!fact.firstGood.isEmpty() && !fact.noPin)
        message = tr("%1 has no linux-arm64 prebuilt binary: npm compiles it from source on arm64 (first good "
                     "release: %2)")
                      .arg(written, fact.firstGood);
    else
        message = tr("%1 has no linux-arm64 prebuilt binary: npm compiles it from source on arm64").arg(written);
    QString help = QCoreApplication::translate("knowledge", fact.why.toUtf8().constData());
    if (!fact.help.isEmpty())
        help += u' ' + QCoreApplication::translate("knowledge", fact.help.toUtf8().constData());
    if (use.place == NodePackageUse::Place::Lockfile)
        help += u' ' + tr("The lockfile resolves this version for another package that depends on it: update it "
                          "(npm update %1, or an \"overrides\" entry) and rebuild the lockfile.")
                           .arg(fact.name);
    help += u' ' + tr("Source: %1").arg(fact.source);
    Finding f = makeFinding(info(), file, range, message, help);

    // Decision (ARM701 and a lockfile): a fix edits package.json only and never the lockfile.
    // A faithful lockfile edit needs registry data Armlift does not have offline: the new
    // release's tarball URL and integrity hash ("resolved"/"integrity", yarn's checksum, pnpm's
    // resolution) and its own dependency tree. Changing only "version" would make `npm ci`
    // fetch the old tarball or fail its integrity check. So the fix says in its title and note
    // that the lockfile must be regenerated with the package manager, and a later scan reports
    // the stale lockfile (staleLock above) instead of offering the same edit again.
    if (staleLock) {
        out.append(f);
        return;
    }
    const QString note = install.lockfile ? tr("Run “%1” to update %2 before building: a clean install refuses a "
                                               "lockfile that does not match package.json. Armlift does not edit "
                                               "the lockfile: its entries carry the download URL and integrity "
                                               "hash of the old release.")
                                                .arg(lockCommand(install.manager), install.lockfile->path)
                                          : QString();
    const bool viaLock = install.lockfile && use.place == NodePackageUse::Place::PackageJson;
    if (!fact.replacement.isEmpty() && use.place != NodePackageUse::Place::Lockfile) {
        Fix fix;
        fix.title = viaLock ? tr("Replace %1 with %2 in package.json, then run “%3”")
                                  .arg(fact.name, fact.replacement, lockCommand(install.manager))
                            : tr("Replace %1 with %2").arg(fact.name, fact.replacement);
        if (use.place == NodePackageUse::Place::PackageJson) {
            const PackageJson &pj = *install.packageJson;
            fix.edits = {{pj.path, use.dependency->range,
                          u"\"%1\": \"%2\""_s.arg(fact.replacement, fact.replacementSpec)}};
            fix.note = note;
        } else {
            fix.edits = {nodeWordEdit(ctx, install, use.word->word, 0, int(ctx.shell.at(install.source)
                                                                              .commands.at(install.command)
                                                                              .words.at(use.word->word)
                                                                              .value.size()),
                                      fact.replacement)};
        }
        f.fixes.append(fix);
    } else if (!fact.firstGood.isEmpty() && !fact.noPin && use.place != NodePackageUse::Place::Lockfile) {
        Fix fix;
        fix.title = viaLock ? tr("Use %1 %2 in package.json (first release with a linux-arm64 binary), then run “%3”")
                                  .arg(fact.name, fact.firstGood, lockCommand(install.manager))
                            : tr("Use %1 %2 (first release with a linux-arm64 binary)").arg(fact.name, fact.firstGood);
        if (use.place == NodePackageUse::Place::PackageJson) {
            fix.edits = {{install.packageJson->path, use.dependency->specRange, pinnedSpec(use.spec, fact.firstGood)}};
            fix.note = note;
        } else {
            const ShellWord &w = ctx.shell.at(install.source).commands.at(install.command).words.at(use.word->word);
            if (use.word->specStart >= 0)
                fix.edits = {nodeWordEdit(ctx, install, use.word->word, use.word->specStart, int(w.value.size()),
                                          pinnedSpec(use.spec, fact.firstGood))};
        }
        if (!fix.edits.isEmpty())
            f.fixes.append(fix);
    }
    TextEdit deps;
    QStringList packages;
    if (!fact.allVersions && addBuildDepsEdit(ctx, install.instruction, fact.buildDeps, &deps, &packages)) {
        Fix fix;
        fix.title = tr("Keep %1 and install what building it needs (%2)").arg(fact.name, packages.join(u", "_s));
        fix.edits = {deps};
        f.fixes.append(fix);
    }
    out.append(f);
}

} // namespace Armlift
