#pragma once

#include "rules/Rule.h"
#include "rules/python/PythonKnowledge.h"

#include <QCoreApplication>
#include <memory>

namespace Armlift {

struct PythonRequirement;

// Shared by ARM303 and ARM304: a package with its own arm64 failure below a known version
// (knowledge base "specific" entry with the rule's ID). Subclasses add their second fix.
class MinimumVersionRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(MinimumVersionRule)
public:
    MinimumVersionRule(std::shared_ptr<const PythonKnowledge> knowledge, RuleInfo info);
    RuleInfo info() const override { return m_info; }
    void check(const RuleContext &context, QList<Finding> &out) const override;

protected:
    virtual QString message(const PythonRequirement &r, const PythonKnowledge::SpecificFact &fact) const = 0;
    virtual void addFixes(const RuleContext &ctx, const PythonRequirement &r,
                          const PythonKnowledge::SpecificFact &fact, Finding &finding) const;

private:
    std::shared_ptr<const PythonKnowledge> m_kb;
    RuleInfo m_info;
};

} // namespace Armlift
