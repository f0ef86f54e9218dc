#include "rules/RuleFamilies.h"

#include "rules/python/ApacheTvmRule.h"
#include "rules/python/ConfluentKafkaRule.h"
#include "rules/python/CudaOnlyPackageRule.h"
#include "rules/python/NoLinuxWheelRule.h"
#include "rules/python/OldWheelRule.h"

namespace Armlift {

void addPythonRules(RuleList &rules, const KnowledgeBase &kb)
{
    // One parse of the "python" section, shared by the five rules.
    auto knowledge = std::make_shared<const PythonKnowledge>(PythonKnowledge::load(kb));
    rules.push_back(std::make_unique<OldWheelRule>(knowledge));
    rules.push_back(std::make_unique<NoLinuxWheelRule>(knowledge));
    rules.push_back(std::make_unique<ConfluentKafkaRule>(knowledge));
    rules.push_back(std::make_unique<ApacheTvmRule>(knowledge));
    rules.push_back(std::make_unique<CudaOnlyPackageRule>(knowledge));
}

} // namespace Armlift
