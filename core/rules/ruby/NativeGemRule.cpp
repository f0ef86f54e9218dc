#include "rules/RuleContext.h"
#include "rules/RuleFamilies.h"
#include "rules/native/WordMap.h"
#include "rules/ruby/RubyRules.h"

namespace Armlift {

using namespace Qt::StringLiterals;

namespace {

// Keeps a pessimistic (~>) or exact style; anything else becomes ">= good".
QString pinnedRequirement(const QString &requirement, const QString &good)
{
    const QString r = requirement.trimmed();
    if (r.startsWith(u"~>"))
        return u"~> "_s + good;
    if (r.isEmpty() || r.at(0).isDigit() || r.startsWith(u'='))
        return r.startsWith(u'=') ? u"= "_s + good : good;
    return u">= "_s + good;
}

// Gem platforms that an arm64 Linux image never installs.
bool foreignPlatform(const QString &platform)
{
    return !platform.isEmpty() && !platform.contains(u"linux");
}

} // namespace

NativeGemRule::NativeGemRule(std::shared_ptr<const RubyKnowledge> kb)
    : m_kb(std::move(kb))
{
}

RuleInfo NativeGemRule::info() const
{
    return {u"ARM711"_s, Severity::Error, tr("gem without an aarch64-linux build"),
            tr("A gem has no aarch64-linux native gem at the installed version (or its source build fails on "
               "aarch64), so bundle install compiles it or fails on arm64.")};
}

void NativeGemRule::check(const RuleContext &ctx, QList<Finding> &out) const
{
    const RuleInfo ri = info();
    for (const BundleInstall &in : collectBundleInstalls(ctx)) {
        for (const RubyKnowledge::GemFact &fact : m_kb->gems) {
            QString file;
            SourceRange range;
            QString written;
            Fix pin;
            QString lockNote;
            if (!in.gemName.isEmpty()) {
                // gem install NAME [-v VERSION]
                if (in.gemName != fact.name)
                    continue;
                const QStringList reqs = in.gemVersion.isEmpty() ? QStringList() : in.gemVersion.split(u',');
                if (!fact.allVersions && (reqs.isEmpty() || !fact.requirementsBlock(reqs)))
                    continue;
                const ShellSource &src = ctx.shell.at(in.source);
                const ShellCommand &cmd = src.commands.at(in.command);
                file = ctx.file;
                if (in.versionWord >= 0) {
                    const ShellWord &w = cmd.words.at(in.versionWord);
                    range = wordPartRange(ctx.dockerfile, src, w, in.versionStart, int(w.value.size()));
                    if (!fact.noPin && !fact.firstGood.isEmpty() && !fact.allVersions) {
                        pin.edits = {wordPartEdit(ctx.dockerfile, ctx.file, src, w, in.versionStart, int(w.value.size()),
                                                  pinnedRequirement(in.gemVersion, fact.firstGood))};
                    }
                } else {
                    for (const ShellWord &w : cmd.words)
                        if (w.value == in.gemName)
                            range = rangeOf(ctx.dockerfile, src, w);
                }
                written = in.gemVersion.isEmpty() ? fact.name : fact.name + u' ' + in.gemVersion;
            } else {
                const GemDeclaration *decl = in.gemfile ? in.gemfile->gem(fact.name) : nullptr;
                if (decl && decl->excludedPlatforms)
                    continue;
                QList<const LockedGem *> locked;
                if (in.lock)
                    for (const LockedGem *g : in.lock->find(fact.name))
                        if (!foreignPlatform(g->platform))
                            locked.append(g);
                const LockedGem *badLock = nullptr;
                for (const LockedGem *g : std::as_const(locked))
                    if (!badLock && fact.isBad(g->version))
                        badLock = g;
                const bool declBlocks = decl && (fact.allVersions || (!decl->requirements.isEmpty()
                                                                       && fact.requirementsBlock(decl->requirements)));
                if (declBlocks) {
                    file = in.gemfile->path;
                    range = decl->range;
                    written = fact.name + (decl->requirements.isEmpty() ? QString() : u' ' + decl->requirements.join(u", "_s));
                    if (!fact.noPin && !fact.firstGood.isEmpty() && !fact.allVersions) {
                        for (qsizetype k = 0; k < decl->requirements.size(); ++k) {
                            if (fact.requirementsBlock({decl->requirements.at(k)}))
                                pin.edits.append({in.gemfile->path, decl->requirementRanges.at(k),
                                                  pinnedRequirement(decl->requirements.at(k), fact.firstGood)});
                        }
                    }
                    if (in.lock)
                        lockNote = tr("Run “bundle update %1” so that %2 follows.").arg(fact.name, in.lock->path);
                } else if (badLock) {
                    file = in.lock->path;
                    range = badLock->range;
                    written = fact.name + u' ' + badLock->version;
                } else {
                    continue;
                }
            }
            if (!fact.allVersions && buildDepsSatisfied(ctx, in.instruction, fact.buildDeps, m_kb->compilerImages))
                continue;
            if (file != ctx.file && suppressedAtInstall(ctx, in.instruction, ri.id))
                continue;
            QString help = QCoreApplication::translate("knowledge", fact.why.toUtf8().constData());
            if (!fact.help.isEmpty())
                help += u' ' + QCoreApplication::translate("knowledge", fact.help.toUtf8().constData());
            if (file.endsWith(u".lock"))
                help += u' ' + tr("The lockfile resolves this version: run “bundle update %1” (after relaxing the "
                                  "Gemfile constraint of the gem that needs it).")
                                   .arg(fact.name);
            help += u' ' + tr("Source: %1").arg(fact.source);
            const QString message =
                fact.allVersions
                    ? tr("%1 does not install on aarch64 Linux in any version").arg(written)
                    : (!fact.firstGood.isEmpty() && !fact.noPin
                           ? tr("%1 has no aarch64-linux native gem: bundle install compiles it on arm64 (first "
                                "release with one: %2)")
                                 .arg(written, fact.firstGood)
                           : tr("%1 has no working aarch64-linux build: bundle install compiles it on arm64")
                                 .arg(written));
            Finding f = makeFinding(ri, file, range, message, help);
            if (!pin.edits.isEmpty()) {
                pin.title = tr("Require %1 %2 or later (first release with an aarch64-linux gem)").arg(fact.name, fact.firstGood);
                pin.note = lockNote;
                f.fixes.append(pin);
            }
            if (!fact.replacement.isEmpty() && file == (in.gemfile ? in.gemfile->path : QString()) && in.gemName.isEmpty()) {
                const GemDeclaration *decl = in.gemfile->gem(fact.name);
                Fix replace;
                replace.title = tr("Replace %1 with %2").arg(fact.name, fact.replacement);
                // The range starts at the name's opening quote.
                const int nameAt = in.gemfile->document.offsetOf(decl->range.line, decl->range.column) + 1;
                replace.edits = {{in.gemfile->path, in.gemfile->document.rangeOf(nameAt, nameAt + int(fact.name.size())),
                                  fact.replacement}};
                replace.note = lockNote.isEmpty() ? tr("Drop version constraints of %1 that do not apply to %2.").arg(fact.name, fact.replacement)
                                                  : lockNote;
                f.fixes.append(replace);
            }
            TextEdit deps;
            QStringList packages;
            if (!fact.allVersions && addBuildDepsEdit(ctx, in.instruction, fact.buildDeps, &deps, &packages)) {
                Fix fix;
                fix.title = tr("Keep %1 and install what building it needs (%2)").arg(fact.name, packages.join(u", "_s));
                fix.edits = {deps};
                f.fixes.append(fix);
            }
            out.append(f);
        }
    }
}

LockPlatformRule::LockPlatformRule(std::shared_ptr<const RubyKnowledge> kb)
    : m_kb(std::move(kb))
{
}

RuleInfo LockPlatformRule::info() const
{
    return {u"ARM712"_s, Severity::Warning, tr("Gemfile.lock without aarch64-linux"),
            tr("Gemfile.lock pins platform-specific gems but its PLATFORMS section has no aarch64-linux entry.")};
}

void LockPlatformRule::check(const RuleContext &ctx, QList<Finding> &out) const
{
    for (const BundleInstall &in : collectBundleInstalls(ctx)) {
        if (!in.lock || !in.lock->platformsHeader.isValid() || !in.lock->hasPlatformSpecificGems()
            || suppressedAtInstall(ctx, in.instruction, info().id))
            continue;
        bool covered = false;
        for (const QString &p : in.lock->platforms)
            covered = covered || m_kb->arm64Platforms.contains(p);
        if (covered)
            continue;
        QStringList platformGems;
        for (const LockedGem &g : in.lock->specs)
            if (!g.platform.isEmpty() && !platformGems.contains(g.name))
                platformGems.append(g.name);
        const QString help = QCoreApplication::translate("knowledge", m_kb->lockWhy.toUtf8().constData()) + u' '
                             + tr("Run “%1” on any machine and commit the updated lockfile: it adds the aarch64-linux "
                                  "variants of the platform gems.")
                                   .arg(m_kb->lockCommand)
                             + u' ' + tr("Source: %1").arg(m_kb->lockSource);
        out.append(makeFinding(info(), in.lock->path, in.lock->platformsHeader,
                               tr("%1 supports only %2 but pins platform gems (%3): add aarch64-linux with “%4”")
                                   .arg(in.lock->path, in.lock->platforms.join(u", "_s),
                                        platformGems.mid(0, 4).join(u", "_s), m_kb->lockCommand),
                               help));
    }
}

void addRubyRules(RuleList &rules, const KnowledgeBase &kb)
{
    auto knowledge = std::make_shared<const RubyKnowledge>(RubyKnowledge::load(kb));
    rules.push_back(std::make_unique<NativeGemRule>(knowledge));
    rules.push_back(std::make_unique<LockPlatformRule>(knowledge));
}

} // namespace Armlift
