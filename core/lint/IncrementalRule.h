#pragma once

#include "rules/Rule.h"

#include <QList>
#include <QSet>

#include <memory>

namespace Armlift {

struct RuleContext;

// A whole-file rule (its findings combine what every stage holds, e.g. one estimate for the
// file) that can check a file again after an edit, redoing only the stages the edit touched
// and reusing what it kept from the previous check of the same file. IncrementalLinter calls
// it; full lints call Rule::check, which must give exactly the same findings.
class IncrementalRule
{
public:
    // What a rule keeps between two checks of one file; each rule defines its own.
    struct Memo
    {
        virtual ~Memo() = default;
    };

    virtual ~IncrementalRule() = default;

    // Appends the findings Rule::check(ctx, out) would append and leaves in `memo` what the
    // next call needs. `changedStages` null (or `memo` null) asks for everything. Otherwise the
    // caller promises that the file differs from the one `memo` was made for only inside RUN
    // instructions of `changedStages` (the stages listed are the edited stage and every stage
    // built FROM it): the same instructions with the same keywords, flags and stages, the same
    // stage headers, and every other instruction with the same text at the same lines and
    // columns. Shell sources are re-collected, so nothing in `memo` may point into them.
    virtual void checkIncremental(const RuleContext &ctx, const QSet<int> *changedStages, std::unique_ptr<Memo> &memo,
                                  QList<Finding> &out) const = 0;
};

} // namespace Armlift
