#include "rules/RuleFamilies.h"

#include "rules/golang/GoAmd64BuildRule.h"
#include "rules/golang/OldGoVersionRule.h"

namespace Armlift {

void addGoRules(RuleList &rules, const KnowledgeBase &kb)
{
    rules.push_back(std::make_unique<GoAmd64BuildRule>());
    rules.push_back(std::make_unique<OldGoVersionRule>(kb));
}

} // namespace Armlift
