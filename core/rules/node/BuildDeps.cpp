#include "rules/node/BuildDeps.h"

#include "rules/RuleContext.h"
#include "rules/native/WordMap.h"
#include "rules/python/PackageInstall.h"
#include "scan/Suppressions.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Armlift {

using namespace Qt::StringLiterals;

namespace {

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &e : v.toArray())
        out.append(e.toString());
    return out;
}

// Groups a compiler image covers: the toolchain and python (node-gyp needs it).
bool toolchainGroup(const BuildDepGroup &g)
{
    for (const QString &p : g.anyOf)
        if (p == u"build-essential"_s || p == u"g++"_s || p == u"gcc"_s || p == u"build-base"_s || p == u"python3"_s
            || p == u"make"_s)
            return true;
    return false;
}

} // namespace

QList<BuildDepGroup> readBuildDeps(const QJsonValue &value)
{
    QList<BuildDepGroup> out;
    for (const QJsonValue &v : value.toArray()) {
        const QJsonObject o = v.toObject();
        BuildDepGroup g{strings(o.value(u"anyOf")), o.value(u"apt").toString(), o.value(u"apk").toString()};
        if (!g.anyOf.isEmpty())
            out.append(g);
    }
    return out;
}

CompilerImages CompilerImages::read(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    return {strings(o.value(u"images")), strings(o.value(u"exceptTagsContaining"))};
}

bool CompilerImages::contains(const QString &imageReference) const
{
    const QString image = imageReference.section(u'@', 0, 0);
    const int colon = int(image.lastIndexOf(u':'));
    const int slash = int(image.lastIndexOf(u'/'));
    const QString repo = image.mid(slash + 1, (colon > slash ? colon : image.size()) - slash - 1);
    const QString tag = colon > slash ? image.mid(colon + 1) : QString();
    if (!images.contains(repo))
        return false;
    for (const QString &e : exceptTagsContaining)
        if (tag.contains(e))
            return false;
    return true;
}

bool buildDepsSatisfied(const RuleContext &ctx, int index, const QList<BuildDepGroup> &groups,
                        const CompilerImages &images)
{
    if (groups.isEmpty())
        return false;
    const QList<InstallCommand> installs = installCommandsBefore(ctx, index);
    const int stage = ctx.dockerfile.instructions().at(index).stage;
    const bool compilerImage = images.contains(ctx.dockerfile.expandGlobal(baseImageOf(ctx.dockerfile, stage)));
    for (const BuildDepGroup &g : groups) {
        if (compilerImage && toolchainGroup(g))
            continue;
        if (!installsAnyOf(installs, g.anyOf))
            return false;
    }
    return true;
}

bool addBuildDepsEdit(const RuleContext &ctx, int index, const QList<BuildDepGroup> &groups, TextEdit *edit,
                      QStringList *packages)
{
    const QString manager = packageManagerOf(ctx, index);
    if (manager != u"apt"_s && manager != u"apk"_s)
        return false;
    const QList<InstallCommand> installs = installCommandsBefore(ctx, index);
    QStringList add;
    for (const BuildDepGroup &g : groups) {
        if (installsAnyOf(installs, g.anyOf))
            continue;
        const QString p = manager == u"apt"_s ? g.apt : g.apk;
        if (!p.isEmpty() && !add.contains(p))
            add.append(p);
    }
    if (add.isEmpty() || !addPackagesEdit(ctx, index, add, edit))
        return false;
    if (packages)
        *packages = add;
    return true;
}

bool suppressedAtInstall(const RuleContext &ctx, int index, const QString &ruleId)
{
    const auto &ins = ctx.dockerfile.instructions();
    if (index < 0 || index >= ins.size())
        return false;
    const int line = ctx.dockerfile.document().lineOf(ins.at(index).start);
    return isSuppressed(ctx.dockerfile.document(), line, ruleId, line);
}

} // namespace Armlift
