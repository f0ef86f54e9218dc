#pragma once

#include "rules/Rule.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace Armlift {

namespace Internal {
struct SiteMatch;
}

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
    // The tarball names (matches of tarballPattern(), group 2) in each site of
    // Internal::collectSites(context), by index; empty for a site that mentions an architecture
    // variable. ARM201 reports them and ARM202 leaves them alone: matched once per lint.
    static const QList<QList<Internal::SiteMatch>> &tarballMatches(const RuleContext &context);

private:
    struct Checksums
    {
        QString amd64;
        QString arm64;
    };
    QHash<QString, Checksums> m_checksums; // by version ("1.20.2")
};

} // namespace Armlift
