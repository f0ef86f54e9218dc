#include "rules/node/NodeRules.h"

#include "manifest/npm/SemVer.h"
#include "rules/RuleContext.h"
#include "rules/native/WordMap.h"
#include "rules/node/NodeProject.h"
#include "rules/python/BuildContextPaths.h"
#include "rules/python/PackageInstall.h"
#include "scan/ProjectFiles.h"

namespace Armlift {

using namespace Qt::StringLiterals;

namespace {

// Index of `install` in `playwright install …` (npx/pnpm exec/yarn/bunx/python -m prefixes
// allowed); -1 when the command is not a Playwright browser install.
int playwrightInstall(const ShellCommand &cmd)
{
    const int n = cmd.nameIndex();
    if (n < 0)
        return -1;
    for (int i = n; i + 1 < cmd.words.size() && i <= n + 3; ++i) {
        const QString &word = cmd.words.at(i).value;
        const QStringView w = QStringView(word).mid(word.lastIndexOf(u'/') + 1);
        if ((w == u"playwright"_s || w.startsWith(u"playwright@")) && cmd.words.at(i + 1).value == u"install"_s)
            return i + 1;
    }
    return -1;
}

bool assignsSkip(const ShellCommand &cmd, const QStringList &vars)
{
    const int n = cmd.nameIndex();
    for (int i = 0; i < (n < 0 ? cmd.words.size() : n); ++i)
        for (const QString &v : vars)
            if (cmd.words.at(i).value.startsWith(v + u'='))
                return true;
    return false;
}

} // namespace

BrowserDownloadRule::BrowserDownloadRule(std::shared_ptr<const NodeKnowledge> kb)
    : m_kb(std::move(kb))
{
}

RuleInfo BrowserDownloadRule::info() const
{
    return {u"ARM703"_s, Severity::Error, tr("x86-64-only browser download"),
            tr("A browser download that has no Linux arm64 build: Puppeteer's bundled Chrome or "
               "`playwright install chrome` (branded Google Chrome).")};
}

void BrowserDownloadRule::check(const RuleContext &ctx, QList<Finding> &out) const
{
    checkPuppeteer(ctx, NodeProject::collect(ctx), out);
    checkPlaywright(ctx, out);
}

void BrowserDownloadRule::checkPuppeteer(const RuleContext &ctx, const QList<NodeInstall> &installs,
                                         QList<Finding> &out) const
{
    const NodeKnowledge::Puppeteer &kb = m_kb->puppeteer;
    if (kb.firstArm64Download.isEmpty())
        return;
    const Dockerfile &df = ctx.dockerfile;
    for (const NodeInstall &install : installs) {
        if (install.ignoreScripts)
            continue; // the postinstall download never runs
        const ShellCommand &cmd = ctx.shell.at(install.source).commands.at(install.command);
        bool skipped = assignsSkip(cmd, kb.skipVariables);
        for (const QString &v : kb.skipVariables)
            skipped = skipped || df.isDeclared(v, install.instruction);
        // A .puppeteerrc / puppeteer.config.* next to package.json configures the download.
        if (install.packageJson) {
            const QString dir = contextDirectory(install.packageJson->path);
            for (const QString &name : {u".puppeteerrc"_s, u".puppeteerrc.json"_s, u".puppeteerrc.cjs"_s,
                                        u".puppeteerrc.js"_s, u".puppeteerrc.yaml"_s, u"puppeteer.config.js"_s,
                                        u"puppeteer.config.cjs"_s})
                skipped = skipped || ctx.project.isFile(dir.isEmpty() ? name : dir + u'/' + name);
        }
        if (skipped || suppressedAtInstall(ctx, install.instruction, u"ARM703"_s))
            continue;
        for (const NodePackageUse &use : NodeProject::usesOf(install, u"puppeteer"_s)) {
            bool bad = false;
            if (!use.lockedVersions.isEmpty()) {
                for (const QString &v : use.lockedVersions)
                    bad = bad || SemVer::compare(v, kb.firstArm64Download) < 0;
            } else {
                bad = !SemVer::rangeAllowsAtLeast(use.spec, kb.firstArm64Download);
            }
            if (!bad)
                continue;
            QString file = ctx.file;
            SourceRange range;
            if (use.place == NodePackageUse::Place::PackageJson) {
                file = install.packageJson->path;
                range = use.dependency->range;
            } else if (use.place == NodePackageUse::Place::Lockfile) {
                file = install.lockfile->path;
                range = use.locked->range;
            } else {
                range = nodeWordRange(ctx, install, use.word->word);
            }
            const QString version = use.lockedVersions.isEmpty() ? use.spec : use.lockedVersions.join(u", "_s);
            Finding f = makeFinding(
                info(), file, range,
                tr("puppeteer %1 downloads an x86-64 Chrome on Linux arm64, which cannot start there (first "
                   "release that downloads an arm64 build: %2)")
                    .arg(version, kb.firstArm64Download),
                QCoreApplication::translate("knowledge", kb.why.toUtf8().constData()) + u' '
                    + QCoreApplication::translate("knowledge", kb.help.toUtf8().constData()) + u' '
                    + tr("Source: %1").arg(kb.source));

            const QString manager = packageManagerOf(ctx, install.instruction);
            const QString image = baseImageOf(df, install.stage);
            // Ubuntu's chromium package is a snap wrapper that does not work in containers.
            const bool usable = (manager == u"apt"_s && !image.contains(u"ubuntu")) || manager == u"apk"_s;
            if (usable) {
                const QString path = manager == u"apk"_s ? kb.apkPath : kb.aptPath;
                const QString pkg = manager == u"apk"_s ? kb.apk : kb.apt;
                const QString env = u"ENV PUPPETEER_SKIP_DOWNLOAD=true PUPPETEER_SKIP_CHROMIUM_DOWNLOAD=true "
                                    "PUPPETEER_EXECUTABLE_PATH=%1"_s.arg(path);
                const TextEdit envEdit = insertLineAfter(df, ctx.file, install.instruction - 1, env);
                TextEdit add;
                if (addPackagesEdit(ctx, install.instruction, {pkg}, &add)) {
                    Fix fix;
                    fix.title = tr("Use the distribution's %1 and skip Puppeteer's download").arg(pkg);
                    if (add.range == envEdit.range && add.file == envEdit.file) {
                        // Both insert before the install: one edit keeps their order.
                        TextEdit merged = envEdit;
                        merged.newText = envEdit.newText + add.newText;
                        fix.edits = {merged};
                    } else {
                        fix.edits = {add, envEdit};
                    }
                    f.fixes.append(fix);
                }
            }
            out.append(f);
        }
    }
}

void BrowserDownloadRule::checkPlaywright(const RuleContext &ctx, QList<Finding> &out) const
{
    const NodeKnowledge::Playwright &kb = m_kb->playwright;
    for (int s = 0; s < ctx.shell.size(); ++s) {
        const ShellSource &src = ctx.shell.at(s);
        for (const ShellCommand &cmd : src.commands) {
            if (cmd.archConditional)
                continue;
            const int inst = playwrightInstall(cmd);
            if (inst < 0)
                continue;
            for (int i = inst + 1; i < cmd.words.size(); ++i) {
                const ShellWord &w = cmd.words.at(i);
                if (!kb.brandedChannels.contains(w.value))
                    continue;
                Finding f = makeFinding(info(), ctx.file, rangeOf(ctx.dockerfile, src, w),
                                        tr("playwright install %1 installs branded Google Chrome, which Playwright "
                                           "does not support on Linux arm64")
                                            .arg(w.value),
                                        QCoreApplication::translate("knowledge", kb.why.toUtf8().constData()) + u' '
                                            + QCoreApplication::translate("knowledge", kb.help.toUtf8().constData())
                                            + u' ' + tr("Source: %1").arg(kb.source));
                Fix fix;
                fix.title = tr("Install Playwright's Chromium instead");
                fix.edits = {wordPartEdit(ctx.dockerfile, ctx.file, src, w, 0, int(w.value.size()), u"chromium"_s)};
                fix.note = tr("Remove channel: 'chrome' from the browser launch options as well.");
                f.fixes.append(fix);
                out.append(f);
            }
        }
    }
}

} // namespace Armlift
