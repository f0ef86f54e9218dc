#include "rules/python/OldWheelRule.h"

#include "rules/RuleContext.h"
#include "rules/native/WordMap.h"
#include "rules/python/PackageInstall.h"
#include "rules/python/PythonFixes.h"
#include "rules/python/PythonRequirementCollector.h"

namespace Armlift {

OldWheelRule::OldWheelRule(std::shared_ptr<const PythonKnowledge> knowledge)
    : m_kb(std::move(knowledge))
{
}

RuleInfo OldWheelRule::info() const
{
    return {QStringLiteral("ARM301"), Severity::Error, tr("Python package without an aarch64 wheel"),
            tr("A Python package is pinned below its first release with an aarch64 wheel, so pip "
               "builds it from source on arm64.")};
}

void OldWheelRule::check(const RuleContext &ctx, QList<Finding> &out) const
{
    const RuleInfo ri = info();
    for (const PythonRequirement &r : PythonRequirementCollector::collect(ctx)) {
        const QString &name = r.requirement.normalizedName;
        const auto it = m_kb->wheels.constFind(name);
        if (it == m_kb->wheels.cend() || m_kb->hasSpecificRule(name) || r.noBinary || r.requirement.clauses.isEmpty())
            continue;
        const PythonKnowledge::WheelFact &fact = it.value();
        if (r.requirement.allowsVersionAtLeast(fact.firstVersion))
            continue;
        QString help = tr("pip finds no wheel for aarch64 and downloads the source distribution, which needs "
                          "a C compiler and the Python headers on arm64 (and builds slowly under emulation). "
                          "%1 is the first release with a manylinux aarch64 wheel.")
                           .arg(fact.firstVersion);
        if (!fact.note.isEmpty())
            help += u' ' + fact.note;
        help += u' ' + tr("Source: %1").arg(fact.source);
        Finding f = makeFinding(ri, r.file, versionFindingRange(r, fact.firstVersion),
                                tr("%1 has no aarch64 wheel: pip builds it from source on arm64 "
                                   "(first release with an aarch64 wheel: %2)")
                                    .arg(requirementText(r), fact.firstVersion),
                                help);
        Fix pin;
        if (pinFix(r, fact.firstVersion, tr("Pin %1 %2 (first release with an aarch64 wheel)")
                                             .arg(r.requirement.name, fact.firstVersion), &pin))
            f.fixes.append(pin);

        const QString manager = packageManagerOf(ctx, r.instruction);
        const QStringList deps = manager == u"apk" ? fact.apkBuildDeps : fact.aptBuildDeps;
        Fix build;
        TextEdit edit;
        if (!deps.isEmpty() && addPackagesEdit(ctx, r.instruction, deps, &edit)) {
            build.title = tr("Keep %1 and install what building it needs (%2)").arg(requirementText(r), deps.join(u", "));
            build.edits = {edit};
            f.fixes.append(build);
        }

        // The distro package only helps the distro's Python: not in the official python images,
        // whose interpreter lives in /usr/local.
        const QString image = baseImageOf(ctx.dockerfile, r.stage);
        const bool distroPython = !image.contains(QLatin1String("python")) && !image.contains(u'$');
        if (r.inDockerfile && !fact.aptPackage.isEmpty() && manager == u"apt" && distroPython) {
            Fix distro;
            distro.title = tr("Install the distribution package %1 instead of %2").arg(fact.aptPackage, requirementText(r));
            if (r.requirementsInCommand <= 1) {
                distro.edits = {removeFromPipCommand(
                    ctx, r,
                    QStringLiteral("apt-get update && apt-get install -y --no-install-recommends ") + fact.aptPackage)};
            } else {
                TextEdit add;
                if (addPackagesEdit(ctx, r.instruction, {fact.aptPackage}, &add))
                    distro.edits = {removeFromPipCommand(ctx, r, QString()), add};
            }
            distro.note = tr("The distribution's version may differ from the pinned one; check that it suits the application.");
            if (!distro.edits.isEmpty())
                f.fixes.append(distro);
        }
        out.append(f);
    }
}

} // namespace Armlift
