#pragma once

#include "rules/Rule.h"
#include "rules/python/PythonKnowledge.h"

#include <QCoreApplication>
#include <memory>

namespace Armlift {

struct PythonRequirement;
struct PythonTarget;

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
    // Packages with x86-64 wheels but none for aarch64 (Fiona, libsass), installed without
    // what their source build needs.
    bool checkNoAarch64Wheels(const RuleContext &ctx, const PythonRequirement &r, QList<Finding> &out) const;
    // A release published without aarch64 wheels (h5py 3.11.0).
    bool checkSkippedRelease(const RuleContext &ctx, const PythonRequirement &r, QList<Finding> &out) const;
    // Does the stage install the source build's dependencies (`deps`, the stage's package
    // manager's names) before the pip install, or come with them (python:3.x, buildpack-deps)?
    // `image`: the stage's base image with ARGs expanded; `target`: its Python.
    bool buildDepsInstalled(const RuleContext &ctx, const PythonRequirement &r, const QString &image,
                            const PythonTarget &target, const QStringList &deps) const;
    // aarch64 wheels that need a newer glibc than the stage's image has (greenlet 3.3 on centos:7).
    void checkGlibcFloor(const RuleContext &ctx, const PythonRequirement &r, QList<Finding> &out) const;

    // Why a release is too old for a stage, and the first release that is not.
    enum class Reason;
    struct Threshold;
    // The texts of a finding, translated once per check: tr() converts its source text on every
    // call, and a file can have a finding in every stage.
    struct Texts;
    static Texts translatedTexts();
    static QString helpText(const Texts &texts, const Threshold &need, const PythonTarget &target,
                            const PythonKnowledge::WheelFact *wheelFact);

    std::shared_ptr<const PythonKnowledge> m_kb;
};

} // namespace Armlift
