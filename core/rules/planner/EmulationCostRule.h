#pragma once

#include "lint/IncrementalRule.h"
#include "rules/Rule.h"

#include <QCoreApplication>

namespace Armlift {

struct CompileStep;

// ARM603 (info): a RUN step compiles or installs from source in a stage that runs under
// emulation when the image is built for a foreign architecture. The first hint of a
// Dockerfile carries the estimate of how much of its build is emulated.
//
// The hints of a stage depend only on that stage's shell (and the file's stage structure), so
// the rule keeps them per stage and the editor's re-lint redoes only the edited stages; the
// estimate combines the compile steps of every stage.
class EmulationCostRule final : public Rule, public IncrementalRule
{
    Q_DECLARE_TR_FUNCTIONS(EmulationCostRule)
public:
    RuleInfo info() const override;
    void check(const RuleContext &context, QList<Finding> &out) const override;
    void checkIncremental(const RuleContext &context, const QSet<int> *changedStages, std::unique_ptr<Memo> &memo,
                          QList<Finding> &out) const override;

private:
    void run(const RuleContext &context, const QSet<int> *changedStages, std::unique_ptr<Memo> *memo,
             QList<Finding> &out) const;
    // The help texts of the hints: the same for every stage, so translated once per check.
    struct HintHelp
    {
        QString general;
        QString buildOnly; // general + the cross-compiling advice for stages whose output is only copied
    };
    static const QString &hintHelp(HintHelp &help, bool buildOnly);
    // The hints of one stage from its compile steps (without the estimate).
    QList<Finding> stageHints(const RuleContext &context, const RuleInfo &info, int stage,
                              const QList<CompileStep> &steps, bool crossCandidate, HintHelp &help,
                              bool *goBuildHint) const;
};

} // namespace Armlift
