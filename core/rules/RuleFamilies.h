#pragma once

#include "rules/Rule.h"

#include <memory>
#include <vector>

namespace Armlift {

class KnowledgeBase;
using RuleList = std::vector<std::unique_ptr<Rule>>;

// Each family adds its rules; RuleRegistry calls them in this order.
void addPlatformRules(RuleList &rules, const KnowledgeBase &kb);  // ARM101 ARM102 ARM103 ARM104
void addDownloadRules(RuleList &rules, const KnowledgeBase &kb);  // ARM201 ARM202 ARM203 ARM601
void addPythonRules(RuleList &rules, const KnowledgeBase &kb);    // ARM301 … ARM305
void addGoRules(RuleList &rules, const KnowledgeBase &kb);        // ARM401 ARM402
void addNativeRules(RuleList &rules, const KnowledgeBase &kb);    // ARM501 ARM502
void addNodeRules(RuleList &rules, const KnowledgeBase &kb);      // ARM701 ARM702 ARM703
void addRubyRules(RuleList &rules, const KnowledgeBase &kb);      // ARM711 ARM712
void addPlannerRules(RuleList &rules, const KnowledgeBase &kb);   // ARM602 ARM603 ARM604

} // namespace Armlift
