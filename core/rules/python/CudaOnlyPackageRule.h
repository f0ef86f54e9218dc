#pragma once

#include "rules/Rule.h"
#include "rules/python/PythonKnowledge.h"

#include <QCoreApplication>
#include <memory>

namespace Armlift {

// ARM305: CUDA-only packages (tensorflow-gpu, onnxruntime-gpu, per-CUDA cupy builds) publish
// no aarch64 wheels, and TensorFlow for arm64 is not built with CUDA.
class CudaOnlyPackageRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(CudaOnlyPackageRule)
public:
    explicit CudaOnlyPackageRule(std::shared_ptr<const PythonKnowledge> knowledge);
    RuleInfo info() const override;
    void check(const RuleContext &context, QList<Finding> &out) const override;

private:
    std::shared_ptr<const PythonKnowledge> m_kb;
};

} // namespace Armlift
