#include "rules/RuleFamilies.h"
#include "rules/downloads/Amd64PackageRule.h"
#include "rules/downloads/GoTarballRule.h"
#include "rules/downloads/ToolDownloadRule.h"
#include "rules/downloads/X86OnlyArtifactRule.h"

namespace Armlift {

void addDownloadRules(RuleList &rules, const KnowledgeBase &kb)
{
    rules.push_back(std::make_unique<GoTarballRule>(kb));
    rules.push_back(std::make_unique<ToolDownloadRule>(kb));
    rules.push_back(std::make_unique<Amd64PackageRule>(kb));
    rules.push_back(std::make_unique<X86OnlyArtifactRule>(kb));
}

} // namespace Armlift
