#pragma once

#include "rules/python/MinimumVersionRule.h"

namespace Armlift {

// ARM304: apache-tvm below 0.11.1 has no aarch64 wheel at all ("No matching distribution
// found for apache-tvm==0.9.0", talk case 3).
class ApacheTvmRule : public MinimumVersionRule
{
    Q_DECLARE_TR_FUNCTIONS(ApacheTvmRule)
public:
    explicit ApacheTvmRule(std::shared_ptr<const PythonKnowledge> knowledge);

protected:
    QString message(const PythonRequirement &r, const PythonKnowledge::SpecificFact &fact) const override;
    void addFixes(const RuleContext &ctx, const PythonRequirement &r, const PythonKnowledge::SpecificFact &fact,
                  Finding &finding) const override;
};

} // namespace Armlift
