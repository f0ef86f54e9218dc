#pragma once

#include "model/Finding.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

namespace Armlift {

struct RuleContext;

// What a source build of a native npm module or gem needs: groups of distribution packages,
// one of each group installed (`anyOf`), `apt`/`apk` being what a fix adds. Shared by the
// Node and Ruby rules (knowledge base: npm.json / ruby.json "buildDeps").
struct BuildDepGroup
{
    QStringList anyOf;
    QString apt;
    QString apk;
};

QList<BuildDepGroup> readBuildDeps(const QJsonValue &value);

// Official images that already carry a compiler toolchain ("node", "ruby", "buildpack-deps"
// except the slim and alpine tags).
struct CompilerImages
{
    QStringList images;
    QStringList exceptTagsContaining;
    static CompilerImages read(const QJsonValue &value);
    bool contains(const QString &imageReference) const;
};

// Does the stage of instruction `index` have every group before it (installed with apt/apk,
// or, for compiler/python groups, from a compiler image)?
bool buildDepsSatisfied(const RuleContext &ctx, int index, const QList<BuildDepGroup> &groups,
                        const CompilerImages &images);

// An edit adding the missing groups' packages for the stage's package manager; false when the
// manager is unknown or nothing can be added. `packages` receives the names added.
bool addBuildDepsEdit(const RuleContext &ctx, int index, const QList<BuildDepGroup> &groups, TextEdit *edit,
                      QStringList *packages);

// `# armlift-ignore=<id>` above the install instruction `index` of the Dockerfile: the way to
// silence a finding about package.json or a lockfile, which have no comments.
bool suppressedAtInstall(const RuleContext &ctx, int index, const QString &ruleId);

} // namespace Armlift
