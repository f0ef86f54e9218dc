#pragma once

#include "rules/Rule.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace Armlift {

// ARM203: amd64 distribution packages: `*_amd64.deb` and `*.x86_64.rpm` downloads,
// `dpkg --add-architecture i386`, and x86-only packages such as gcc-multilib.
class Amd64PackageRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(Amd64PackageRule)
public:
    explicit Amd64PackageRule(const KnowledgeBase &kb);
    RuleInfo info() const override;
    void check(const RuleContext &context, QList<Finding> &out) const override;

private:
    void checkPackageFiles(const RuleContext &context, QList<Finding> &out) const;
    void checkCommands(const RuleContext &context, QList<Finding> &out) const;

    QList<QRegularExpression> m_artifactPatterns; // ARM601 owns these files
    QStringList m_x86OnlyPackages;
    QStringList m_foreignArchitectures;
};

} // namespace Armlift
