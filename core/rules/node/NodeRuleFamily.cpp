#include "rules/RuleFamilies.h"

#include "rules/node/NodeRules.h"

namespace Armlift {

void addNodeRules(RuleList &rules, const KnowledgeBase &kb)
{
    // One parse of the "npm" section, shared by the three rules.
    auto knowledge = std::make_shared<const NodeKnowledge>(NodeKnowledge::load(kb));
    rules.push_back(std::make_unique<NativeNpmRule>(knowledge));
    rules.push_back(std::make_unique<NodeModulesRule>(knowledge));
    rules.push_back(std::make_unique<BrowserDownloadRule>(knowledge));
}

} // namespace Armlift
