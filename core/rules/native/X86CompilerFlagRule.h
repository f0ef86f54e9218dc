#pragma once

#include "rules/Rule.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>

namespace Armlift {

// ARM501: x86-only compiler flags (-msse4.2, -mavx2, -maes, -march=haswell …) in RUN commands,
// ENV values and ARG defaults: GCC and Clang for aarch64 reject them.
class X86CompilerFlagRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(X86CompilerFlagRule)
public:
    explicit X86CompilerFlagRule(const KnowledgeBase &kb);
    RuleInfo info() const override;
    void check(const RuleContext &context, QList<Finding> &out) const override;

    // Is `token` an x86-only flag? `cpuFlag` tells -march=/-mtune= with an x86 CPU.
    bool isX86Flag(const QString &token, bool *cpuFlag = nullptr) const;

private:
    // The knowledge base's patterns as one alternation: one match instead of one per pattern.
    QRegularExpression m_flags;
    bool m_patternsNeedDashM = true; // every pattern starts with ^-m
    QRegularExpression m_cpus;
    QString m_marchReplacement;
    QString m_mtuneReplacement;
    QString m_note;
    QString m_source;
};

} // namespace Armlift
