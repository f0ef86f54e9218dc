#pragma once

#include "rules/Rule.h"

#include <QCoreApplication>

namespace Armlift {

// ARM603 (info): a RUN step compiles or installs from source in a stage that runs under
// emulation when the image is built for a foreign architecture. The first hint of a
// Dockerfile carries the estimate of how much of its build is emulated.
class EmulationCostRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(EmulationCostRule)
public:
    RuleInfo info() const override;
    void check(const RuleContext &context, QList<Finding> &out) const override;
};

} // namespace Armlift
