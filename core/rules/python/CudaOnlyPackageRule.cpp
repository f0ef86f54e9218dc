#include "rules/python/CudaOnlyPackageRule.h"

#include "rules/RuleContext.h"
#include "rules/python/PythonFixes.h"
#include "rules/python/PythonRequirementCollector.h"

namespace Armlift {

CudaOnlyPackageRule::CudaOnlyPackageRule(std::shared_ptr<const PythonKnowledge> knowledge)
    : m_kb(std::move(knowledge))
{
}

RuleInfo CudaOnlyPackageRule::info() const
{
    return {QStringLiteral("ARM305"), Severity::Warning, tr("CUDA-only Python package"),
            tr("A CUDA-only package has no arm64 Linux wheel; the arm64 builds of these frameworks are CPU only.")};
}

void CudaOnlyPackageRule::check(const RuleContext &ctx, QList<Finding> &out) const
{
    const RuleInfo ri = info();
    PackageMemo<const PythonKnowledge::CudaFact *> facts;
    for (const PythonRequirement &r : PythonRequirementCollector::collect(ctx)) {
        const QString &name = r.requirement.normalizedName;
        const PythonKnowledge::CudaFact *fact = facts.get(name, [&] { return m_kb->cudaFor(name); });
        if (!fact || r.noBinary)
            continue;
        if (!fact->below.isEmpty() && r.requirement.allowsVersionAtLeast(fact->below))
            continue;
        Finding f = makeFinding(
            ri, r.file, r.nameRange,
            fact->cpuPackage.isEmpty()
                ? tr("%1 is a CUDA-only build with no arm64 Linux wheel").arg(r.requirement.name)
                : tr("%1 is a CUDA-only build with no arm64 Linux wheel; use the CPU package %2 on arm64")
                      .arg(r.requirement.name, fact->cpuPackage),
            tr("These wheels exist for x86_64 only: pip finds no distribution on arm64, and TensorFlow for arm64 is "
               "not built with CUDA support for NVIDIA GPUs. The CPU package runs on arm64 (Graviton, Ampere, "
               "Apple silicon); GPU work needs a platform-specific build (e.g. NVIDIA's Jetson or Grace "
               "containers). Source: %1")
                .arg(fact->source));
        if (!fact->cpuPackage.isEmpty()) {
            Fix fix;
            fix.title = tr("Use the CPU package %1").arg(fact->cpuPackage);
            TextEdit rename;
            rename.file = r.file;
            rename.range = r.nameRange;
            rename.newText = fact->cpuPackage;
            fix.edits.append(rename);
            // tensorflow-gpu==2.4.0 -> tensorflow==2.10.0: the CPU package needs an aarch64 release too.
            if (!fact->cpuFirstAarch64.isEmpty() && !r.requirement.clauses.isEmpty()
                && !r.requirement.allowsVersionAtLeast(fact->cpuFirstAarch64)) {
                Fix pin;
                if (pinFix(r, fact->cpuFirstAarch64, QString(), &pin))
                    fix.edits.append(pin.edits);
            }
            f.fixes.append(fix);
        }
        out.append(std::move(f));
    }
}

} // namespace Armlift
