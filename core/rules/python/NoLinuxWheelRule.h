#pragma once

#include "rules/Rule.h"
#include "rules/python/PythonKnowledge.h"

#include <QCoreApplication>
#include <memory>

namespace Armlift {

// ARM302: a package that publishes no Linux wheels at all (mysqlclient) installed in a stage
// that does not install its build dependencies.
class NoLinuxWheelRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(NoLinuxWheelRule)
public:
    explicit NoLinuxWheelRule(std::shared_ptr<const PythonKnowledge> knowledge);
    RuleInfo info() const override;
    void check(const RuleContext &context, QList<Finding> &out) const override;

private:
    std::shared_ptr<const PythonKnowledge> m_kb;
};

} // namespace Armlift
