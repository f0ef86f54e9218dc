#pragma once

#include "rules/Rule.h"
#include "rules/python/PythonKnowledge.h"

#include <QCoreApplication>
#include <memory>

namespace Armlift {

// ARM301: a Python package pinned below its first release with an aarch64 wheel
// (numpy==1.18.5): pip falls back to the sdist on arm64 and needs a compiler.
class OldWheelRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(OldWheelRule)
public:
    explicit OldWheelRule(std::shared_ptr<const PythonKnowledge> knowledge);
    RuleInfo info() const override;
    void check(const RuleContext &context, QList<Finding> &out) const override;

private:
    std::shared_ptr<const PythonKnowledge> m_kb;
};

} // namespace Armlift
