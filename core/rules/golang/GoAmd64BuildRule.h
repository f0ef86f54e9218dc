#pragma once

#include "rules/Rule.h"

#include <QCoreApplication>

namespace Armlift {

// ARM401: `go build/test … -tags amd64` (pulls in *_amd64.s assembly on arm64) and a
// hard-coded GOARCH=amd64 in RUN or ENV.
class GoAmd64BuildRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(GoAmd64BuildRule)
public:
    RuleInfo info() const override;
    void check(const RuleContext &context, QList<Finding> &out) const override;
};

} // namespace Armlift
