#include "rules/python/PythonFixes.h"

#include "rules/RuleContext.h"
#include "rules/python/PythonRequirementCollector.h"

namespace Armlift {

SourceRange versionFindingRange(const PythonRequirement &r, const QString &goodVersion)
{
    const WrittenClause *c = r.blockingClause(goodVersion);
    if (!c)
        return r.specifierRange.isValid() ? r.specifierRange : r.nameRange;
    if ((c->op == u"==" || c->op == u"===") && !c->version.contains(u'*'))
        return c->versionRange;
    return c->clauseRange;
}

bool pinFix(const PythonRequirement &r, const QString &goodVersion, const QString &title, Fix *fix)
{
    const WrittenClause *c = r.blockingClause(goodVersion);
    if (!c)
        return false;
    TextEdit e;
    e.file = r.file;
    if ((c->op == u"==" || c->op == u"===") && !c->version.contains(u'*') && r.clauses.size() == 1) {
        e.range = c->versionRange;
        e.newText = goodVersion;
    } else if (r.specifierRange.isValid()) {
        e.range = r.specifierRange;
        e.newText = QStringLiteral("==") + goodVersion;
    } else {
        return false;
    }
    fix->title = title;
    fix->edits = {e};
    return true;
}

QString requirementText(const PythonRequirement &r)
{
    QStringList clauses;
    for (const VersionClause &c : r.requirement.clauses)
        clauses.append(c.op + c.version);
    return r.requirement.name + clauses.join(u',');
}

TextEdit removeFromPipCommand(const RuleContext &ctx, const PythonRequirement &r, const QString &replacement)
{
    const ShellSource &src = ctx.shell.at(r.source);
    const ShellCommand &cmd = src.commands.at(r.command);
    if (r.requirementsInCommand <= 1)
        return replaceIn(ctx.dockerfile, ctx.file, src.text, cmd.words.first().start, cmd.words.last().end,
                         replacement);
    const ShellWord &w = cmd.words.at(r.word);
    const int from = r.word > 0 ? cmd.words.at(r.word - 1).end : w.start;
    return replaceIn(ctx.dockerfile, ctx.file, src.text, from, w.end, QString());
}

} // namespace Armlift
