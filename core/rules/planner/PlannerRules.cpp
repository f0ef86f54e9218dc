#include "rules/RuleFamilies.h"

#include "rules/planner/CrossCompileRules.h"
#include "rules/planner/EmulationCostRule.h"

namespace Armlift {

void addPlannerRules(RuleList &rules, const KnowledgeBase &)
{
    rules.push_back(std::make_unique<CrossCompileRule>());
    rules.push_back(std::make_unique<EmulationCostRule>());
    rules.push_back(std::make_unique<BuildPlatformGoarchRule>());
}

} // namespace Armlift
