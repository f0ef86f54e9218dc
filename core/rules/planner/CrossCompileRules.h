#pragma once

#include "rules/Rule.h"

#include <QCoreApplication>

namespace Armlift {

// ARM602 (info): a build-only Go stage runs on the target platform, so building for a foreign
// architecture emulates the compiler. Fix: run the stage on $BUILDPLATFORM and cross-compile
// with GOOS/GOARCH from TARGETOS/TARGETARCH (CGO_ENABLED=0 when nothing needs cgo).
class CrossCompileRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(CrossCompileRule)
public:
    RuleInfo info() const override;
    void check(const RuleContext &context, QList<Finding> &out) const override;
};

// ARM604 (error): a stage on $BUILDPLATFORM builds a Go binary without GOARCH and a later
// stage copies it: the image gets a binary for the build machine, not for the target.
class BuildPlatformGoarchRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(BuildPlatformGoarchRule)
public:
    RuleInfo info() const override;
    void check(const RuleContext &context, QList<Finding> &out) const override;
};

} // namespace Armlift
