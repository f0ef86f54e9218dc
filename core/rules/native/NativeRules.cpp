#include "rules/RuleFamilies.h"

#include "rules/native/LseAtomicsRule.h"
#include "rules/native/X86CompilerFlagRule.h"

namespace Armlift {

void addNativeRules(RuleList &rules, const KnowledgeBase &kb)
{
    rules.push_back(std::make_unique<X86CompilerFlagRule>(kb));
    rules.push_back(std::make_unique<LseAtomicsRule>(kb));
}

} // namespace Armlift
