#pragma once

// Runs one rule of the platform (ARM1xx) or download (ARM2xx, ARM601) families on a Dockerfile
// text, and applies a fix the way armlift-scan --fix does (FixApplier).

#include "dockerfile/Dockerfile.h"
#include "fix/FixApplier.h"
#include "kb/KnowledgeBase.h"
#include "rules/RuleContext.h"
#include "rules/RuleFamilies.h"
#include "scan/ProjectFiles.h"

#include <QDir>
#include <QStringList>
#include <QTest>

namespace Armlift::Testing {

inline const Rule *platformOrDownloadRule(const QString &id)
{
    static const RuleList rules = [] {
        RuleList r;
        addPlatformRules(r, KnowledgeBase::bundled());
        addDownloadRules(r, KnowledgeBase::bundled());
        return r;
    }();
    for (const auto &r : rules)
        if (r->info().id == id)
            return r.get();
    return nullptr;
}

inline QList<Finding> lint(const QString &id, const QString &text)
{
    const Dockerfile df = Dockerfile::parse(QStringLiteral("Dockerfile"), text);
    const QList<ShellSource> shell = collectShellSources(df);
    const ProjectFiles project(QDir::tempPath());
    const RuleContext ctx{df, KnowledgeBase::bundled(), project, QStringLiteral("Dockerfile"), shell};
    QList<Finding> out;
    const Rule *rule = platformOrDownloadRule(id);
    if (!rule)
        qWarning("no rule %s", qPrintable(id));
    else
        rule->check(ctx, out);
    return out;
}

inline QStringList list(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *i : items)
        out.append(QString::fromUtf8(i));
    return out;
}

// "line:col-endLine:endCol" per finding, for compact data tables.
inline QStringList ranges(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out.append(QStringLiteral("%1:%2-%3:%4")
                       .arg(f.range.line)
                       .arg(f.range.column)
                       .arg(f.range.endLine)
                       .arg(f.range.endColumn));
    return out;
}

// The text after applying fix `index` of `finding` (all its edits, one FixApplier run).
inline QString applied(const QString &text, const Finding &finding, int index, int *refused = nullptr)
{
    if (index >= finding.fixes.size())
        return QString();
    const FixApplier::Result r = FixApplier::apply(text, finding.fixes.at(index).edits);
    if (refused)
        *refused = int(r.refused.size());
    return r.text;
}

// Shared checks of every finding: stable ID, severity, one-sentence message, help.
inline void checkFindingShape(const Finding &f, const QString &id, Severity severity)
{
    QCOMPARE(f.ruleId, id);
    QCOMPARE(f.severity, severity);
    QCOMPARE(f.file, QStringLiteral("Dockerfile"));
    QVERIFY(!f.message.isEmpty());
    QVERIFY(!f.help.isEmpty());
    QVERIFY(f.range.isValid());
    for (const Fix &fix : f.fixes) {
        QVERIFY(!fix.title.isEmpty());
        QVERIFY(!fix.edits.isEmpty());
    }
}

} // namespace Armlift::Testing
