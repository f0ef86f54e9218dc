#pragma once

#include "rules/python/MinimumVersionRule.h"

namespace Armlift {

// ARM303: confluent-kafka below 2.1.0 builds from source on arm64 and needs librdkafka of the
// same version plus a C compiler (talk case 4).
class ConfluentKafkaRule : public MinimumVersionRule
{
    Q_DECLARE_TR_FUNCTIONS(ConfluentKafkaRule)
public:
    explicit ConfluentKafkaRule(std::shared_ptr<const PythonKnowledge> knowledge);

protected:
    QString message(const PythonRequirement &r, const PythonKnowledge::SpecificFact &fact) const override;
    void addFixes(const RuleContext &ctx, const PythonRequirement &r, const PythonKnowledge::SpecificFact &fact,
                  Finding &finding) const override;
};

} // namespace Armlift
