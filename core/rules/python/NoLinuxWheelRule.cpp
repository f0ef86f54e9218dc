#include "rules/python/NoLinuxWheelRule.h"

#include "rules/RuleContext.h"
#include "rules/native/WordMap.h"
#include "rules/python/PackageInstall.h"
#include "rules/python/PythonFixes.h"
#include "rules/python/PythonRequirementCollector.h"

namespace Armlift {

NoLinuxWheelRule::NoLinuxWheelRule(std::shared_ptr<const PythonKnowledge> knowledge)
    : m_kb(std::move(knowledge))
{
}

RuleInfo NoLinuxWheelRule::info() const
{
    return {QStringLiteral("ARM302"), Severity::Error, tr("Python package without Linux wheels"),
            tr("A package that always builds from source on Linux is installed without its build dependencies.")};
}

void NoLinuxWheelRule::check(const RuleContext &ctx, QList<Finding> &out) const
{
    const RuleInfo ri = info();
    const QList<PythonRequirement> requirements = PythonRequirementCollector::collect(ctx);
    for (const PythonRequirement &r : requirements) {
        for (const PythonKnowledge::NoWheelFact &fact : m_kb->noWheels) {
            if (fact.name != r.requirement.normalizedName)
                continue;
            const MissingBuildDeps missing = missingBuildDeps(ctx, r, *m_kb, fact.requires_);
            if (missing.names.isEmpty())
                continue;
            Finding f = makeFinding(
                ri, r.file, r.nameRange,
                tr("%1 publishes no Linux wheels: pip compiles it, but this stage does not install %2")
                    .arg(r.requirement.name, missing.names.join(u", ")),
                tr("%1 is built from source on every Linux architecture, so the image needs a C compiler, the "
                   "client library headers and pkg-config before pip runs. Source: %2")
                    .arg(r.requirement.name, fact.source));
            addBuildDepsAdvice(ctx, r, missing, f);
            out.append(f);
        }
    }
}

} // namespace Armlift
