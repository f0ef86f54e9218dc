#pragma once

#include "rules/Rule.h"

#include <QCoreApplication>

namespace Armlift {

// ARM101: `FROM --platform=linux/amd64` (a constant) pins a stage to x86 and emulation.
class FromPlatformRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(FromPlatformRule)
public:
    RuleInfo info() const override;
    void check(const RuleContext &context, QList<Finding> &out) const override;
};

} // namespace Armlift
