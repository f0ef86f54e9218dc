#include "rules/RuleFamilies.h"
#include "rules/platform/BaseImageRule.h"
#include "rules/platform/CpuLevelRule.h"
#include "rules/platform/FromPlatformRule.h"
#include "rules/platform/PlatformArgRule.h"

namespace Armlift {

void addPlatformRules(RuleList &rules, const KnowledgeBase &kb)
{
    rules.push_back(std::make_unique<FromPlatformRule>());
    rules.push_back(std::make_unique<BaseImageRule>(kb));
    rules.push_back(std::make_unique<PlatformArgRule>());
    rules.push_back(std::make_unique<CpuLevelRule>(kb));
}

} // namespace Armlift
