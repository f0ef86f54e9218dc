#pragma once

#include "rules/Rule.h"
#include "rules/platform/ImageTags.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace Armlift {

// ARM104: a base image that runs on arm64 but needs a newer CPU (ARMv8.2-A: mongo 5+,
// Amazon Linux 2023) while the project targets older cores (Raspberry Pi 4, Cortex-A72).
// The target comes from `targetCpu` in .armlift.json/.toml; without it the project is taken
// to run on current arm64 servers (ARMv8.2-A or later) and the rule stays silent.
class CpuLevelRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(CpuLevelRule)
public:
    explicit CpuLevelRule(const KnowledgeBase &kb);
    RuleInfo info() const override;
    void check(const RuleContext &context, QList<Finding> &out) const override;

private:
    struct Requirement
    {
        QString repository;
        ImageTagSet tags;      // wildcards and "tagsFrom"
        QString requires_;     // "armv8.2-a"
        QString alternative;   // an image that runs on the older cores, may be empty
        QString why;
        QString source;
    };
    const Requirement *lookup(const QString &repository, const QString &tag) const;

    QList<Requirement> m_requirements;
    QStringList m_olderCpus; // names of cores below ARMv8.2-A, normalised like ProjectConfig's
    QString m_cpuSource;
};

} // namespace Armlift
