#include "rules/python/ConfluentKafkaRule.h"

#include "rules/RuleContext.h"
#include "rules/python/PackageInstall.h"
#include "rules/python/PythonFixes.h"
#include "rules/python/PythonRequirementCollector.h"
#include "scan/ProjectFiles.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Armlift {

using namespace Qt::StringLiterals;

ConfluentKafkaRule::ConfluentKafkaRule(std::shared_ptr<const PythonKnowledge> knowledge)
    : MinimumVersionRule(std::move(knowledge),
                         {QStringLiteral("ARM303"), Severity::Error, tr("confluent-kafka without an aarch64 wheel"),
                          tr("confluent-kafka below 2.1.0 builds from source on arm64 and needs librdkafka of the "
                             "same version.")})
{
}

QString ConfluentKafkaRule::message(const PythonRequirement &r, const PythonKnowledge::SpecificFact &fact) const
{
    return tr("%1 has no aarch64 wheel: on arm64 pip compiles it against librdkafka of the same version, which "
              "the image does not have (first release with an aarch64 wheel: %2)")
        .arg(requirementText(r), fact.firstGood);
}

void ConfluentKafkaRule::addFixes(const RuleContext &ctx, const PythonRequirement &r,
                                  const PythonKnowledge::SpecificFact &fact, Finding &finding) const
{
    MinimumVersionRule::addFixes(ctx, r, fact, finding);
    const QString version = r.requirement.pinnedVersion();
    const QJsonObject block = fact.buildFromSource;
    if (version.isEmpty() || block.isEmpty() || packageManagerOf(ctx, r.instruction) != u"apt"_s)
        return;
    QStringList apt;
    for (const QJsonValue &v : block.value(u"apt").toArray())
        apt.append(v.toString());
    const QString build = QStringLiteral("apt-get update && apt-get install -y --no-install-recommends ")
        + apt.join(u' ') + QStringLiteral(" && ")
        + block.value(u"commands").toString().replace(QLatin1String("{version}"), version);
    const QString pipOption = block.value(u"pipOption").toString();

    Fix fix;
    fix.title = tr("Keep %1: build librdkafka %2 and the package from source").arg(requirementText(r), version);
    if (r.inDockerfile) {
        const ShellSource &src = ctx.shell.at(r.source);
        const ShellCommand &cmd = src.commands.at(r.command);
        fix.edits.append(replaceIn(ctx.dockerfile, ctx.file, src.text, cmd.words.first().start,
                                   cmd.words.first().start, build + QStringLiteral(" && ")));
        const ShellWord &w = cmd.words.at(r.word);
        fix.edits.append(replaceIn(ctx.dockerfile, ctx.file, src.text, w.end, w.end, u' ' + pipOption));
    } else {
        const Dockerfile &df = ctx.dockerfile;
        if (r.instruction <= df.stages().at(r.stage).fromInstruction)
            return;
        fix.edits.append(insertLineAfter(df, ctx.file, r.instruction - 1, QStringLiteral("RUN ") + build));
        // A requirements file takes --no-binary as a line of its own.
        const RequirementsFile *file = ctx.project.requirements(r.file);
        if (!file)
            return;
        TextEdit line;
        line.file = r.file;
        line.range = {r.nameRange.line, 1, r.nameRange.line, 1};
        line.newText = pipOption + file->document.lineBreak();
        fix.edits.append(line);
    }
    fix.note = tr("Building from source is slow under emulation; pinning %1 or later avoids it.").arg(fact.firstGood);
    finding.fixes.append(fix);
}

} // namespace Armlift
