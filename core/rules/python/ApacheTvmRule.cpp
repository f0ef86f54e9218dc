#include "rules/python/ApacheTvmRule.h"

#include "rules/python/PythonFixes.h"
#include "rules/python/PythonRequirementCollector.h"

#include <QJsonObject>

namespace Armlift {

ApacheTvmRule::ApacheTvmRule(std::shared_ptr<const PythonKnowledge> knowledge)
    : MinimumVersionRule(std::move(knowledge),
                         {QStringLiteral("ARM304"), Severity::Error, tr("apache-tvm without an aarch64 wheel"),
                          tr("apache-tvm below 0.11.1 has no aarch64 wheel: pip finds no distribution on arm64.")})
{
}

QString ApacheTvmRule::message(const PythonRequirement &r, const PythonKnowledge::SpecificFact &fact) const
{
    return tr("%1 has no aarch64 wheel: pip fails with \"No matching distribution found\" on arm64 (first "
              "release with one: %2)")
        .arg(requirementText(r), fact.firstGood);
}

void ApacheTvmRule::addFixes(const RuleContext &ctx, const PythonRequirement &r,
                             const PythonKnowledge::SpecificFact &fact, Finding &finding) const
{
    MinimumVersionRule::addFixes(ctx, r, fact, finding);
    // Building TVM needs LLVM and a long cmake build: that is advice, not a one-click edit.
    const QString outline = fact.buildFromSource.value(u"outline").toString();
    if (!outline.isEmpty()) {
        const QString pinned = r.requirement.pinnedVersion();
        finding.help += u' ' + tr("To keep %1: %2")
                                   .arg(requirementText(r),
                                        QString(outline).replace(QLatin1String("{version}"),
                                                                 pinned.isEmpty() ? fact.firstGood : pinned));
    }
}

} // namespace Armlift
