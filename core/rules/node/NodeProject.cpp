#include "rules/node/NodeProject.h"

#include "rules/RuleContext.h"
#include "rules/native/WordMap.h"
#include "rules/python/BuildContextPaths.h"
#include "scan/ProjectFiles.h"

#include <QCryptographicHash>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>

namespace Armlift {

using namespace Qt::StringLiterals;

namespace {

// The scan's file list and error list name every manifest a rule reads (JSON output "files").
template<typename T>
void recordRead(const RuleContext &ctx, const QString &path, const T &parsed)
{
    const QString name = path.section(u'/', -1);
    ctx.project.noteUsed(path, name == u"package.json"_s ? u"npm"_s : u"npm-lockfile"_s);
    if (!parsed.error.isEmpty()) {
        static const QRegularExpression lineRe(u"(?:^|: )line (\\d+)"_s);
        const QRegularExpressionMatch m = lineRe.match(parsed.error);
        ctx.project.addError({path, m.hasMatch() ? m.captured(1).toInt() : 0, parsed.error.startsWith(path) ? parsed.error : path + u": "_s + parsed.error});
    }
}

// A small process-wide cache: the key hashes path and content, so an edited file (the
// editor's unsaved text, a fix preview) is parsed again.
template<typename T>
std::shared_ptr<const T> cached(const RuleContext &ctx, const QString &path)
{
    static QMutex mutex;
    static QHash<QByteArray, std::shared_ptr<const T>> cache;
    if (path.isEmpty() || !ctx.project.isFile(path))
        return nullptr;
    QString text, error;
    if (!ctx.project.readText(path, &text, &error)) {
        ctx.project.addError({path, 0, error});
        return nullptr;
    }
    QCryptographicHash h(QCryptographicHash::Sha1);
    h.addData(path.toUtf8());
    h.addData(QByteArrayView("\0", 1));
    h.addData(text.toUtf8());
    const QByteArray key = h.result();
    {
        QMutexLocker lock(&mutex);
        if (auto it = cache.constFind(key); it != cache.cend()) {
            recordRead(ctx, path, **it);
            return *it;
        }
    }
    auto parsed = std::make_shared<const T>(T::parse(path, text));
    recordRead(ctx, path, *parsed);
    QMutexLocker lock(&mutex);
    if (cache.size() > 64)
        cache.clear();
    cache.insert(key, parsed);
    return parsed;
}

bool optionTakesValue(const QString &manager, const QString &opt)
{
    static const QSet<QString> npm = {u"--prefix"_s, u"--registry"_s, u"--cache"_s, u"--userconfig"_s, u"-C"_s,
                                      u"--workspace"_s, u"-w"_s, u"--omit"_s, u"--include"_s, u"--only"_s,
                                      u"--loglevel"_s, u"--network-timeout"_s, u"--modules-folder"_s,
                                      u"--cache-folder"_s, u"--mutex"_s, u"--filter"_s, u"--dir"_s};
    Q_UNUSED(manager);
    return npm.contains(opt);
}

// "@scope/name@^1.2" -> name "@scope/name", spec "^1.2"
NodeWordPackage wordPackage(const QString &w, int index)
{
    NodeWordPackage p;
    p.word = index;
    const int at = int(w.indexOf(u'@', 1));
    p.name = at < 0 ? w : w.left(at);
    if (at >= 0) {
        p.spec = w.mid(at + 1);
        p.specStart = at + 1;
    }
    return p;
}

bool isPackageName(const QString &name)
{
    static const QRegularExpression re(u"^(@[a-z0-9][a-z0-9._~-]*/)?[a-z0-9][a-z0-9._~-]*$"_s);
    return re.match(name).hasMatch();
}

} // namespace

std::shared_ptr<const PackageJson> NodeProject::packageJson(const RuleContext &ctx, const QString &path)
{
    return cached<PackageJson>(ctx, path);
}

std::shared_ptr<const NpmLockfile> NodeProject::lockfile(const RuleContext &ctx, const QString &path)
{
    return cached<NpmLockfile>(ctx, path);
}

bool NodeProject::readInstall(const ShellCommand &cmd, NodeInstall *install)
{
    const int n = cmd.nameIndex();
    if (n < 0)
        return false;
    const QString name = cmd.name();
    if (name != u"npm"_s && name != u"yarn"_s && name != u"pnpm"_s)
        return false;
    install->manager = name;
    // The subcommand: the first word that is not an option (or an option's value).
    int sub = -1;
    for (int i = n + 1; i < cmd.words.size(); ++i) {
        const QString &w = cmd.words.at(i).value;
        if (w.startsWith(u'-')) {
            if (!w.contains(u'=') && optionTakesValue(name, w))
                ++i;
            continue;
        }
        sub = i;
        break;
    }
    const QString verb = sub < 0 ? QString() : cmd.words.at(sub).value;
    bool manifest = false;
    bool addsWords = false;
    if (name == u"npm"_s) {
        if (verb == u"ci"_s || verb == u"clean-install"_s || verb == u"install-clean"_s) {
            manifest = true;
            install->clean = true;
        } else if (verb == u"install"_s || verb == u"i"_s || verb == u"add"_s || verb == u"in"_s) {
            manifest = true;
            addsWords = true;
        } else {
            return false;
        }
    } else if (name == u"yarn"_s) {
        if (sub < 0 || verb == u"install"_s) {
            manifest = true;
        } else if (verb == u"add"_s) {
            addsWords = true;
        } else if (verb == u"global"_s && sub + 1 < cmd.words.size() && cmd.words.at(sub + 1).value == u"add"_s) {
            addsWords = true;
            ++sub;
        } else {
            return false;
        }
    } else { // pnpm
        if (verb == u"install"_s || verb == u"i"_s) {
            manifest = true;
            addsWords = true;
        } else if (verb == u"add"_s) {
            addsWords = true;
        } else {
            return false;
        }
    }
    for (int i = n + 1; i < cmd.words.size(); ++i) {
        const QString &w = cmd.words.at(i).value;
        if (w == u"--production"_s || w == u"--prod"_s || w == u"--omit=dev"_s || w == u"--only=prod"_s
            || w == u"--only=production"_s || w == u"-P"_s)
            install->omitDev = true;
        else if (w == u"--ignore-scripts"_s)
            install->ignoreScripts = true;
        else if ((w == u"--omit"_s || w == u"--only"_s) && i + 1 < cmd.words.size()
                 && cmd.words.at(i + 1).value.startsWith(u"prod"))
            install->omitDev = true;
        else if (w == u"--omit"_s && i + 1 < cmd.words.size() && cmd.words.at(i + 1).value == u"dev"_s)
            install->omitDev = true;
    }
    if (addsWords && sub >= 0) {
        for (int i = sub + 1; i < cmd.words.size(); ++i) {
            const QString &w = cmd.words.at(i).value;
            if (w.startsWith(u'-')) {
                if (!w.contains(u'=') && optionTakesValue(name, w))
                    ++i;
                continue;
            }
            if (w.contains(u'$'))
                continue;
            NodeWordPackage p = wordPackage(w, i);
            if (isPackageName(p.name))
                install->words.append(p);
        }
    }
    // `npm install pkg` installs the package.json too, but the words are what the line adds.
    if (!install->words.isEmpty() && name == u"npm"_s)
        manifest = false;
    install->usesManifest = manifest;
    return manifest || !install->words.isEmpty();
}

QList<NodeInstall> NodeProject::collect(const RuleContext &ctx)
{
    QList<NodeInstall> out;
    for (int s = 0; s < ctx.shell.size(); ++s) {
        const ShellSource &src = ctx.shell.at(s);
        for (int ci = 0; ci < src.commands.size(); ++ci) {
            const ShellCommand &cmd = src.commands.at(ci);
            if (cmd.archConditional)
                continue;
            NodeInstall in;
            if (!readInstall(cmd, &in))
                continue;
            in.source = s;
            in.command = ci;
            in.instruction = src.instruction;
            in.stage = ctx.dockerfile.instructions().at(src.instruction).stage;
            // NODE_ENV=production makes npm, yarn and pnpm skip devDependencies.
            if (ctx.dockerfile.valueOf(u"NODE_ENV"_s, src.instruction) == u"production"_s)
                in.omitDev = true;
            for (int w = 0; w < cmd.nameIndex(); ++w)
                if (cmd.words.at(w).value == u"NODE_ENV=production"_s)
                    in.omitDev = true;
            if (in.usesManifest) {
                in.packageJson = packageJson(ctx, contextPathOf(ctx, src, ci, u"package.json"_s));
                if (in.packageJson) {
                    QStringList lockNames;
                    if (in.manager == u"npm"_s)
                        lockNames = {u"npm-shrinkwrap.json"_s, u"package-lock.json"_s};
                    else if (in.manager == u"yarn"_s)
                        lockNames = {u"yarn.lock"_s};
                    else
                        lockNames = {u"pnpm-lock.yaml"_s};
                    for (const QString &l : std::as_const(lockNames)) {
                        in.lockfile = lockfile(ctx, contextPathOf(ctx, src, ci, l));
                        if (in.lockfile && in.lockfile->error.isEmpty())
                            break;
                        in.lockfile.reset();
                    }
                }
            }
            if (in.packageJson || !in.words.isEmpty())
                out.append(in);
        }
    }
    return out;
}

QList<NodePackageUse> NodeProject::usesOf(const NodeInstall &install, const QString &name)
{
    QList<NodePackageUse> out;
    QList<QString> locked;
    QList<const LockedPackage *> lockEntries;
    if (install.lockfile) {
        lockEntries = install.lockfile->find(name);
        for (const LockedPackage *p : std::as_const(lockEntries))
            if (!p->version.isEmpty())
                locked.append(p->version);
    }
    const NpmDependency *dep = install.packageJson ? install.packageJson->dependency(name) : nullptr;
    if (dep && !(install.omitDev && dep->section == u"devDependencies"_s)) {
        NodePackageUse u;
        u.place = NodePackageUse::Place::PackageJson;
        u.install = &install;
        u.name = name;
        u.spec = dep->spec;
        u.lockedVersions = locked;
        u.dependency = dep;
        out.append(u);
    } else if (!dep && !lockEntries.isEmpty()) {
        for (const LockedPackage *p : std::as_const(lockEntries)) {
            NodePackageUse u;
            u.place = NodePackageUse::Place::Lockfile;
            u.install = &install;
            u.name = name;
            u.lockedVersions = {p->version};
            u.locked = p;
            out.append(u);
        }
    }
    for (const NodeWordPackage &w : install.words) {
        if (w.name != name)
            continue;
        NodePackageUse u;
        u.place = NodePackageUse::Place::Dockerfile;
        u.install = &install;
        u.name = name;
        u.spec = w.spec;
        u.word = &w;
        out.append(u);
    }
    return out;
}

SourceRange nodeWordRange(const RuleContext &ctx, const NodeInstall &install, int word, int start, int end)
{
    const ShellSource &src = ctx.shell.at(install.source);
    const ShellWord &w = src.commands.at(install.command).words.at(word);
    if (start < 0)
        return rangeOf(ctx.dockerfile, src, w);
    return wordPartRange(ctx.dockerfile, src, w, start, end);
}

TextEdit nodeWordEdit(const RuleContext &ctx, const NodeInstall &install, int word, int start, int end,
                      const QString &newText)
{
    const ShellSource &src = ctx.shell.at(install.source);
    const ShellWord &w = src.commands.at(install.command).words.at(word);
    return wordPartEdit(ctx.dockerfile, ctx.file, src, w, start, end, newText);
}

} // namespace Armlift
