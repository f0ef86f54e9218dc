#include "rules/python/PythonFixes.h"

#include "rules/RuleContext.h"
#include "rules/native/WordMap.h"
#include "rules/python/PackageInstall.h"
#include "rules/python/PythonRequirementCollector.h"

#include <QCoreApplication>

namespace Armlift {

using namespace Qt::StringLiterals;

SourceRange versionFindingRange(const PythonRequirement &r, const QString &goodVersion)
{
    const WrittenClause *c = r.blockingClause(goodVersion);
    if (!c)
        return r.specifierRange.isValid() ? r.specifierRange : r.nameRange;
    if ((c->op == u"=="_s || c->op == u"==="_s) && !c->version.contains(u'*'))
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
    if ((c->op == u"=="_s || c->op == u"==="_s) && !c->version.contains(u'*') && r.clauses.size() == 1) {
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
    const QList<VersionClause> &clauses = r.requirement.clauses;
    qsizetype size = r.requirement.name.size() + clauses.size();
    for (const VersionClause &c : clauses)
        size += c.op.size() + c.version.size();
    QString text;
    text.reserve(size);
    text += r.requirement.name;
    for (qsizetype i = 0; i < clauses.size(); ++i) {
        if (i > 0)
            text += u',';
        text += clauses.at(i).op + clauses.at(i).version;
    }
    return text;
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

MissingBuildDeps missingBuildDeps(const RuleContext &ctx, const PythonRequirement &r, const PythonKnowledge &kb,
                                  const QList<PythonKnowledge::Requirement> &needs)
{
    MissingBuildDeps out;
    if (kb.imageHasCompilers(baseImageOf(ctx.dockerfile, r.stage)))
        return out;
    const QList<InstallCommand> installs = installCommandsBefore(ctx, r.instruction);
    out.manager = packageManagerOf(ctx, r.instruction);
    for (const PythonKnowledge::Requirement &need : needs) {
        // pkg-config is only needed from mysqlclient 2.2.0 on.
        if (!need.since.isEmpty() && !r.requirement.allowsVersionAtLeast(need.since))
            continue;
        if (installsAnyOf(installs, need.anyOf))
            continue;
        // Name the packages the stage's own package manager knows: an Alpine stage gets apk names.
        if (out.manager == u"apk"_s) {
            out.packages.append(need.apk);
            out.names.append(need.apk);
        } else if (out.manager == u"apt"_s) {
            out.packages.append(need.apt);
            out.names.append(need.apt);
        } else {
            out.names.append(need.anyOf.isEmpty() ? need.apt : need.anyOf.first());
        }
    }
    return out;
}

void addBuildDepsAdvice(const RuleContext &ctx, const PythonRequirement &r, const MissingBuildDeps &missing,
                        Finding &finding)
{
    if (missing.manager.isEmpty())
        finding.help += u' '
            + QCoreApplication::translate("PythonFixes", "These are the Debian package names: this stage uses neither "
                                                         "apt nor apk, so install the equivalents of its own package manager.");
    TextEdit edit;
    if (addPackagesEdit(ctx, r.instruction, missing.packages, &edit)) {
        Fix fix;
        fix.title = QCoreApplication::translate("PythonFixes", "Install the build dependencies of %1 (%2)")
                        .arg(r.requirement.name, missing.packages.join(u", "));
        fix.edits = {edit};
        finding.fixes.append(std::move(fix));
    }
}

} // namespace Armlift
