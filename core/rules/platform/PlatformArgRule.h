#pragma once

#include "rules/Rule.h"

#include <QCoreApplication>

namespace Armlift {

// ARM103: $TARGETARCH (or another BuildKit platform ARG) used in a stage that never declares
// it: the automatic platform ARGs live in the global scope only, so the use expands to "".
class PlatformArgRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(PlatformArgRule)
public:
    RuleInfo info() const override;
    void check(const RuleContext &context, QList<Finding> &out) const override;
};

} // namespace Armlift
