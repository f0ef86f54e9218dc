#pragma once

#include "rules/Rule.h"
#include "rules/node/NodeKnowledge.h"

#include <QCoreApplication>
#include <memory>

namespace Armlift {

struct NodeInstall;
struct NodePackageUse;

// ARM701: an npm package whose native binary has no linux-arm64 build at that version
// (node-sass always, sharp < 0.25.2, sqlite3 < 5.0.3, bcrypt 5.0.1, canvas 2.x, …).
class NativeNpmRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(NativeNpmRule)
public:
    explicit NativeNpmRule(std::shared_ptr<const NodeKnowledge> kb);
    RuleInfo info() const override;
    void check(const RuleContext &context, QList<Finding> &out) const override;

private:
    void report(const RuleContext &ctx, const NodeKnowledge::NativeFact &fact, const NodePackageUse &use,
                QList<Finding> &out) const;
    std::shared_ptr<const NodeKnowledge> m_kb;
};

// ARM702: node_modules from the build context (explicit COPY, or a whole-context COPY without
// a .dockerignore entry) or a lockfile without the linux-arm64 optional package, while the
// project uses packages whose native code is platform specific (esbuild, @swc/core, next …).
class NodeModulesRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(NodeModulesRule)
public:
    explicit NodeModulesRule(std::shared_ptr<const NodeKnowledge> kb);
    RuleInfo info() const override;
    void check(const RuleContext &context, QList<Finding> &out) const override;

private:
    void checkCopies(const RuleContext &ctx, const QList<NodeInstall> &installs, QList<Finding> &out) const;
    void checkLockfiles(const RuleContext &ctx, const QList<NodeInstall> &installs, QList<Finding> &out) const;
    // The platform packages the project in context folder `dir` uses (names, for the message).
    QStringList platformPackagesIn(const RuleContext &ctx, const QString &dir) const;
    std::shared_ptr<const NodeKnowledge> m_kb;
};

// ARM703: browser downloads that are x86-64 only on Linux arm64 (Puppeteer's bundled Chrome,
// `playwright install chrome`).
class BrowserDownloadRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(BrowserDownloadRule)
public:
    explicit BrowserDownloadRule(std::shared_ptr<const NodeKnowledge> kb);
    RuleInfo info() const override;
    void check(const RuleContext &context, QList<Finding> &out) const override;

private:
    void checkPuppeteer(const RuleContext &ctx, const QList<NodeInstall> &installs, QList<Finding> &out) const;
    void checkPlaywright(const RuleContext &ctx, QList<Finding> &out) const;
    std::shared_ptr<const NodeKnowledge> m_kb;
};

} // namespace Armlift
