#pragma once

// Runs one rule of the Node (ARM701–ARM703) or Ruby (ARM711, ARM712) families on a small
// project written to a temporary folder; fixes are applied with RuleHarness's applyFix.

#include "RuleHarness.h"

namespace Armlift::Internal {

inline const Rule *ecosystemRule(const QString &id)
{
    static const RuleList rules = [] {
        RuleList r;
        addNodeRules(r, KnowledgeBase::bundled());
        addRubyRules(r, KnowledgeBase::bundled());
        return r;
    }();
    for (const auto &r : rules) {
        if (r->info().id == id)
            return r.get();
    }
    return nullptr;
}

inline QList<Finding> runEcosystemRule(const QString &id, const Files &files,
                                       const QString &dockerfile = QStringLiteral("Dockerfile"))
{
    QTemporaryDir dir;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString path = dir.filePath(it.key());
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(it.value().toUtf8());
    }
    ProjectFiles project(dir.path());
    const Dockerfile df = Dockerfile::parse(dockerfile, files.value(dockerfile));
    const QList<ShellSource> shell = collectShellSources(df);
    const RuleContext ctx{df, KnowledgeBase::bundled(), project, dockerfile, shell};
    QList<Finding> out;
    const Rule *rule = ecosystemRule(id);
    if (!rule)
        qWarning("no rule %s", qPrintable(id));
    else
        rule->check(ctx, out);
    return out;
}

} // namespace Armlift::Internal
