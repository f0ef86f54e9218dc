#pragma once

#include "rules/Rule.h"

#include <QCoreApplication>

namespace Armlift {

// ARM402: Go older than the release that brought the register-based calling convention to
// arm64 (1.18): a Go tarball, `FROM golang:<old>`, or the go.mod the Dockerfile builds.
class OldGoVersionRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(OldGoVersionRule)
public:
    explicit OldGoVersionRule(const KnowledgeBase &kb);
    RuleInfo info() const override;
    void check(const RuleContext &context, QList<Finding> &out) const override;

private:
    QString message(const QString &version) const;
    QString help() const;

    QString m_registerAbi;  // "1.18"; empty: the knowledge base lacks it, no findings
    QString m_source;
};

} // namespace Armlift
