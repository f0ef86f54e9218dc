#pragma once

#include "rules/Rule.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace Armlift {

// ARM201: `go<version>.linux-amd64.tar.gz` downloaded without an architecture choice.
class GoTarballRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(GoTarballRule)
public:
    explicit GoTarballRule(const KnowledgeBase &kb);
    RuleInfo info() const override;
    void check(const RuleContext &context, QList<Finding> &out) const override;

    // The tarball name; group 1 is the version (possibly a variable), group 2 "amd64".
    static const QRegularExpression &tarballPattern();

private:
    struct Checksums
    {
        QString amd64;
        QString arm64;
    };
    QHash<QString, Checksums> m_checksums; // by version ("1.20.2")
};

} // namespace Armlift
