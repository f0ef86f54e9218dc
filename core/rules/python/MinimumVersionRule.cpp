#include "rules/python/MinimumVersionRule.h"

#include "rules/RuleContext.h"
#include "rules/python/PythonFixes.h"
#include "rules/python/PythonRequirementCollector.h"

namespace Armlift {

MinimumVersionRule::MinimumVersionRule(std::shared_ptr<const PythonKnowledge> knowledge, RuleInfo info)
    : m_kb(std::move(knowledge))
    , m_info(std::move(info))
{
}

void MinimumVersionRule::check(const RuleContext &ctx, QList<Finding> &out) const
{
    for (const PythonRequirement &r : PythonRequirementCollector::collect(ctx)) {
        const PythonKnowledge::SpecificFact *fact = m_kb->specificFor(r.requirement.normalizedName);
        // Unpinned installs get a current release with wheels; --no-binary means the Dockerfile
        // already builds from source on purpose (the talk's case 4 solution).
        if (!fact || fact->rule != m_info.id || r.noBinary || r.requirement.clauses.isEmpty()
            || r.requirement.allowsVersionAtLeast(fact->firstGood))
            continue;
        Finding f = makeFinding(m_info, r.file, versionFindingRange(r, fact->firstGood), message(r, *fact),
                                fact->note + u' ' + tr("Source: %1").arg(fact->source));
        addFixes(ctx, r, *fact, f);
        out.append(f);
    }
}

void MinimumVersionRule::addFixes(const RuleContext &, const PythonRequirement &r,
                                  const PythonKnowledge::SpecificFact &fact, Finding &finding) const
{
    Fix pin;
    if (pinFix(r, fact.firstGood, tr("Pin %1 %2 (first release with an aarch64 wheel)").arg(r.requirement.name, fact.firstGood),
               &pin))
        finding.fixes.append(pin);
}

} // namespace Armlift
