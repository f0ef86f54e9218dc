#include "rules/node/NodeRules.h"

#include "manifest/npm/SemVer.h"
#include "rules/RuleContext.h"
#include "rules/native/WordMap.h"
#include "rules/node/NodeProject.h"
#include "rules/python/BuildContextPaths.h"
#include "scan/ProjectFiles.h"
#include "text/TextSearch.h"

#include <QDir>
#include <QRegularExpression>

namespace Armlift {

using namespace Qt::StringLiterals;

namespace {

struct SourceWord
{
    QString text;
    int start = 0; // index into the MappedText it comes from
    int end = 0;
    const MappedText *mapped = nullptr;
};

QList<SourceWord> copyArguments(const Instruction &in)
{
    QList<SourceWord> words;
    if (in.jsonForm) {
        for (const MappedText &a : in.jsonArgs)
            words.append({a.text(), 0, int(a.text().size()), &a});
        return words;
    }
    const QString &text = in.args.text();
    forEachWord(text, [&](qsizetype from, qsizetype to) {
        words.append({text.mid(from, to - from), int(from), int(to), &in.args});
    });
    return words;
}

QString joinPath(const QString &dir, const QString &path)
{
    const QString p = QDir::cleanPath(dir.isEmpty() ? path : dir + u'/' + path);
    return p == u"."_s ? QString() : p;
}

// Docker's .dockerignore: patterns anchored at the context root, `**` crossing folders,
// `!` re-including, the last matching line winning; a pattern matching a parent folder
// excludes what is inside it.
class DockerIgnore
{
public:
    explicit DockerIgnore(const QString &text)
    {
        for (QString line : text.split(u'\n')) {
            line = line.trimmed();
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            Pattern p;
            p.exclude = !line.startsWith(u'!');
            if (!p.exclude)
                line = line.mid(1).trimmed();
            line = QDir::cleanPath(line);
            while (line.startsWith(u'/'))
                line = line.mid(1);
            if (line.isEmpty() || line == u"."_s)
                continue;
            QString re;
            for (int i = 0; i < line.size(); ++i) {
                const QChar c = line.at(i);
                if (c == u'*' && i + 1 < line.size() && line.at(i + 1) == u'*') {
                    re += u".*"_s;
                    ++i;
                    if (i + 1 < line.size() && line.at(i + 1) == u'/') {
                        re += u"/?"_s;
                        ++i;
                    }
                } else if (c == u'*') {
                    re += u"[^/]*"_s;
                } else if (c == u'?') {
                    re += u"[^/]"_s;
                } else {
                    re += QRegularExpression::escape(QString(c));
                }
            }
            p.re = QRegularExpression(u'^' + re + u'$');
            m_patterns.append(p);
        }
    }

    bool ignores(const QString &path) const
    {
        QStringList prefixes;
        const QStringList parts = path.split(u'/');
        for (qsizetype i = 1; i <= parts.size(); ++i)
            prefixes.append(parts.mid(0, i).join(u'/'));
        bool ignored = false;
        for (const Pattern &p : m_patterns) {
            for (const QString &prefix : std::as_const(prefixes)) {
                if (p.re.match(prefix).hasMatch()) {
                    ignored = p.exclude;
                    break;
                }
            }
        }
        return ignored;
    }

private:
    struct Pattern
    {
        QRegularExpression re;
        bool exclude = true;
    };
    QList<Pattern> m_patterns;
};

// Every command name nodeCommand knows contains "node", "npm" (npm, pnpm), "npx" or "yarn": one
// pass rules out most instructions before the regex ("-j$(nproc)" is not a candidate).
bool mayNameNodeCommand(QStringView text)
{
    for (qsizetype i = 0; i + 2 < text.size(); ++i) {
        if (text.at(i) == u'n') {
            const QStringView rest = text.sliced(i + 1);
            if (rest.startsWith(u"pm") || rest.startsWith(u"px") || rest.startsWith(u"ode"))
                return true;
        } else if (text.at(i) == u'y' && text.sliced(i + 1).startsWith(u"arn")) {
            return true;
        }
    }
    return false;
}

// Does the stage run Node.js at all (a Node base image, an install, or npm/node in a command)?
// A Python image that happens to copy a frontend folder never loads those native modules.
bool stageUsesNode(const RuleContext &ctx, int stage, const QList<NodeInstall> &installs)
{
    const Dockerfile &df = ctx.dockerfile;
    if (std::any_of(installs.cbegin(), installs.cend(), [&](const NodeInstall &n) { return n.stage == stage; }))
        return true;
    if (stage < 0 || stage >= df.stages().size())
        return false;
    static const QRegularExpression nodeImage(u"(^|/)node(:|@|$)"_s);
    const QString image = df.expandGlobal(baseImageOf(df, stage));
    if (containsText(image, u"node") && nodeImage.match(image).hasMatch())
        return true;
    static const QRegularExpression nodeCommand(u"(^|[\\s\"'\\[/])(node|nodejs|npm|npx|yarn|pnpm)([\\s\"',]|$)"_s);
    const Stage &st = df.stages().at(stage);
    for (int i = st.fromInstruction + 1; i <= st.lastInstruction; ++i) {
        const Instruction &in = df.instructions().at(i);
        if (in.effectiveKeyword() != u"RUN"_s && in.effectiveKeyword() != u"CMD"_s && in.effectiveKeyword() != u"ENTRYPOINT"_s)
            continue;
        const QStringView text = QStringView(df.document().text()).mid(in.start, in.end - in.start);
        if (mayNameNodeCommand(text) && nodeCommand.matchView(text).hasMatch())
            return true;
    }
    return false;
}

QString dockerignorePath(const RuleContext &ctx)
{
    // BuildKit first looks for <Dockerfile name>.dockerignore next to the Dockerfile.
    const QString specific = ctx.file + u".dockerignore"_s;
    if (ctx.project.isFile(specific))
        return specific;
    return joinPath(contextDirectory(ctx.file), u".dockerignore"_s);
}

} // namespace

NodeModulesRule::NodeModulesRule(std::shared_ptr<const NodeKnowledge> kb)
    : m_kb(std::move(kb))
{
}

RuleInfo NodeModulesRule::info() const
{
    return {u"ARM702"_s, Severity::Error, tr("node_modules from another platform"),
            tr("node_modules comes into the image from the build context (or the lockfile lacks the linux-arm64 "
               "optional package) while the project uses packages with platform-specific native code.")};
}

QStringList NodeModulesRule::platformPackagesIn(const RuleContext &ctx, const QString &dir) const
{
    QStringList found;
    const RuleContext &c = ctx;
    const auto pj = NodeProject::packageJson(c, joinPath(dir, u"package.json"_s));
    QList<std::shared_ptr<const NpmLockfile>> locks;
    for (const QString &name : {u"package-lock.json"_s, u"npm-shrinkwrap.json"_s, u"yarn.lock"_s, u"pnpm-lock.yaml"_s})
        if (auto l = NodeProject::lockfile(c, joinPath(dir, name)))
            locks.append(l);
    for (const NodeKnowledge::PlatformFact &f : m_kb->platform) {
        bool uses = false;
        if (pj) {
            if (const NpmDependency *d = pj->dependency(f.name))
                uses = f.fromVersion.isEmpty() || SemVer::rangeAllowsAtLeast(d->spec, f.fromVersion);
        }
        for (const auto &l : std::as_const(locks))
            for (const LockedPackage *p : l->find(f.name))
                uses = uses || f.fromVersion.isEmpty() || SemVer::compare(p->version, f.fromVersion) >= 0;
        // The developer's own node_modules in the scanned tree.
        uses = uses || ctx.project.isFile(joinPath(dir, u"node_modules/"_s + f.name + u"/package.json"_s));
        if (uses)
            found.append(f.name);
    }
    return found;
}

void NodeModulesRule::check(const RuleContext &ctx, QList<Finding> &out) const
{
    const QList<NodeInstall> installs = NodeProject::collect(ctx);
    checkCopies(ctx, installs, out);
    checkLockfiles(ctx, installs, out);
}

void NodeModulesRule::checkCopies(const RuleContext &ctx, const QList<NodeInstall> &installs, QList<Finding> &out) const
{
    const Dockerfile &df = ctx.dockerfile;
    const QString contextDir = contextDirectory(ctx.file);
    const QString ignorePath = dockerignorePath(ctx);
    QString ignoreText, error;
    const bool ignoreExists = ctx.project.isFile(ignorePath);
    const bool hasIgnore = ignoreExists && ctx.project.readText(ignorePath, &ignoreText, &error);
    const DockerIgnore ignore(ignoreText);
    for (int i = 0; i < df.instructions().size(); ++i) {
        const Instruction &in = df.instructions().at(i);
        const QString &kw = in.effectiveKeyword();
        if ((kw != u"COPY"_s && kw != u"ADD"_s) || in.flag(u"from"))
            continue;
        QList<SourceWord> words = copyArguments(in);
        if (words.size() < 2 || !stageUsesNode(ctx, in.stage, installs))
            continue;
        words.removeLast(); // the destination
        for (const SourceWord &w : std::as_const(words)) {
            const QString source = QDir::cleanPath(df.expand(w.text, i));
            if (source.contains(u'$') || source.contains(u"://") || source.startsWith(u".."))
                continue;
            const bool explicitCopy = source == u"node_modules"_s || source.endsWith(u"/node_modules");
            QString dir; // the project folder, relative to the build context
            if (explicitCopy) {
                dir = source == u"node_modules"_s ? QString() : source.left(source.size() - 13);
            } else {
                dir = source == u"."_s ? QString() : source;
                if (!ctx.project.isFile(joinPath(joinPath(contextDir, dir), u"package.json"_s)))
                    continue; // not a project folder
                if (ignore.ignores(joinPath(dir, u"node_modules"_s)))
                    continue;
                // An install after the copy rebuilds node_modules for the image's platform.
                const int stage = in.stage;
                const bool reinstalled = std::any_of(installs.cbegin(), installs.cend(), [&](const NodeInstall &n) {
                    return n.instruction > i && n.stage == stage && n.usesManifest;
                });
                if (reinstalled)
                    continue;
            }
            const QStringList packages = platformPackagesIn(ctx, joinPath(contextDir, dir));
            if (packages.isEmpty())
                continue;
            const QString nodeModules = joinPath(dir, u"node_modules"_s);
            QString help;
            for (const NodeKnowledge::PlatformFact &f : m_kb->platform)
                if (packages.contains(f.name)) {
                    help = QCoreApplication::translate("knowledge", f.why.toUtf8().constData()) + u' '
                           + tr("Source: %1").arg(f.source);
                    break;
                }
            help.prepend(tr("Install the dependencies inside the image (npm ci) and keep the host's node_modules "
                            "out of the build context. "));
            const QString message =
                explicitCopy
                    ? tr("node_modules is copied from the build context: its native packages (%1) were installed for "
                         "the host's platform and do not load on linux/arm64")
                          .arg(packages.join(u", "_s))
                    : tr("This copies the whole project, including a local %1 (no .dockerignore entry): its native "
                         "packages (%2) were installed for the host's platform and replace the ones built in the image")
                          .arg(nodeModules, packages.join(u", "_s));
            Finding f = makeFinding(info(), ctx.file, rangeIn(df, *w.mapped, w.start, w.end), message, help);
            if ((hasIgnore || !ignoreExists) && !ignore.ignores(nodeModules)) {
                // Appended to the .dockerignore, or a new one (the fix then creates the file).
                Fix fix;
                fix.title = hasIgnore ? tr("Add %1 to %2").arg(nodeModules, ignorePath)
                                      : tr("Create %1 with %2").arg(ignorePath, nodeModules);
                const TextDocument doc(ignoreText);
                const int end = int(doc.text().size());
                const bool needsBreak = end > 0 && !doc.text().endsWith(u'\n');
                const SourceRange at = doc.rangeOf(end, end);
                fix.edits = {{ignorePath, at, (needsBreak ? doc.lineBreak() : QString()) + nodeModules + doc.lineBreak()}};
                if (explicitCopy)
                    fix.note = tr("Also replace this COPY with an install in the image (COPY package.json and the "
                                  "lockfile, then RUN npm ci).");
                f.fixes.append(fix);
            }
            out.append(f);
        }
    }
}

void NodeModulesRule::checkLockfiles(const RuleContext &ctx, const QList<NodeInstall> &installs, QList<Finding> &out) const
{
    for (const NodeInstall &install : installs) {
        if (!install.lockfile || suppressedAtInstall(ctx, install.instruction, u"ARM702"_s))
            continue;
        const NpmLockfile &lock = *install.lockfile;
        for (const NodeKnowledge::PlatformFact &f : m_kb->platform) {
            const QList<const LockedPackage *> main = lock.find(f.name);
            if (main.isEmpty() || f.arm64Packages.isEmpty() || !f.siblings.isValid() || f.siblings.pattern().isEmpty())
                continue;
            bool siblings = false, arm64 = false;
            for (const LockedPackage &p : lock.packages) {
                if (f.arm64Packages.contains(p.name))
                    arm64 = true;
                else if (f.siblings.match(p.name).hasMatch())
                    siblings = true;
            }
            if (!siblings || arm64)
                continue;
            const QString message = tr("%1 lists %2's native packages for other platforms but not %3: a clean install "
                                       "on linux/arm64 leaves %2 without its binary")
                                        .arg(lock.path, f.name, f.arm64Packages.join(u" / "_s));
            const QString help =
                tr("npm sometimes drops the optional packages of other platforms when it writes the lockfile "
                   "(npm/cli#4828). Regenerate the lockfile with a current npm (delete it and node_modules, run npm "
                   "install) or add %1 to optionalDependencies.")
                    .arg(f.arm64Packages.first())
                + u' ' + QCoreApplication::translate("knowledge", f.why.toUtf8().constData()) + u' '
                + tr("Source: %1").arg(f.source);
            out.append(makeFinding(info(), lock.path, main.first()->range, message, help));
        }
    }
}

} // namespace Armlift
