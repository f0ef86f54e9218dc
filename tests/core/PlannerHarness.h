#pragma once

// Runs one planner rule (ARM602, ARM603, ARM604) on a Dockerfile text, optionally with a
// project folder (go.mod), and reuses the shared checks of PlatformDownloadHarness.h.

#include "PlatformDownloadHarness.h"

namespace Armlift::Testing {

inline const Rule *plannerRule(const QString &id)
{
    static const RuleList rules = [] {
        RuleList r;
        addPlannerRules(r, KnowledgeBase::bundled());
        return r;
    }();
    for (const auto &r : rules)
        if (r->info().id == id)
            return r.get();
    return nullptr;
}

inline QList<Finding> lintPlanner(const QString &id, const QString &text, const QString &root = QDir::tempPath() + QStringLiteral("/armlift-no-project"))
{
    const Dockerfile df = Dockerfile::parse(QStringLiteral("Dockerfile"), text);
    const QList<ShellSource> shell = collectShellSources(df);
    const ProjectFiles project(root);
    const RuleContext ctx{df, KnowledgeBase::bundled(), project, QStringLiteral("Dockerfile"), shell};
    QList<Finding> out;
    const Rule *rule = plannerRule(id);
    if (!rule)
        qWarning("no rule %s", qPrintable(id));
    else
        rule->check(ctx, out);
    return out;
}

} // namespace Armlift::Testing
