#pragma once

#include "manifest/ruby/GemManifests.h"
#include "rules/Rule.h"
#include "rules/node/BuildDeps.h"

#include <QCoreApplication>
#include <memory>

namespace Armlift {

class KnowledgeBase;

// The "ruby" section of the knowledge base.
struct RubyKnowledge
{
    struct GemFact
    {
        QString name;
        bool allVersions = false;
        QString firstGood;
        QString badThrough;
        QStringList badVersions;
        bool noPin = false;
        QString replacement;
        QString why, help, source;
        QList<BuildDepGroup> buildDeps;
        bool isBad(const QString &version) const;
        bool requirementsBlock(const QStringList &requirements) const;
    };
    QList<GemFact> gems;
    QStringList arm64Platforms;
    QString lockCommand, lockWhy, lockSource;
    CompilerImages compilerImages;

    static RubyKnowledge load(const KnowledgeBase &kb);
};

// `bundle install` (or `gem install name -v X`) of a Dockerfile with the Gemfile and
// Gemfile.lock it installs from the build context.
struct BundleInstall
{
    int source = -1;
    int command = -1;
    int instruction = -1;
    int stage = -1;
    std::shared_ptr<const Gemfile> gemfile;
    std::shared_ptr<const GemfileLock> lock;
    // gem install: the gem and its version word (value range inside the word)
    QString gemName;
    QString gemVersion;
    int versionWord = -1;
    int versionStart = 0;
};

QList<BundleInstall> collectBundleInstalls(const RuleContext &ctx);

// ARM711: gems without an aarch64-linux native gem (or with a broken source build) at that version.
class NativeGemRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(NativeGemRule)
public:
    explicit NativeGemRule(std::shared_ptr<const RubyKnowledge> kb);
    RuleInfo info() const override;
    void check(const RuleContext &context, QList<Finding> &out) const override;

private:
    std::shared_ptr<const RubyKnowledge> m_kb;
};

// ARM712: a Gemfile.lock whose PLATFORMS lacks aarch64-linux while it pins platform gems.
class LockPlatformRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(LockPlatformRule)
public:
    explicit LockPlatformRule(std::shared_ptr<const RubyKnowledge> kb);
    RuleInfo info() const override;
    void check(const RuleContext &context, QList<Finding> &out) const override;

private:
    std::shared_ptr<const RubyKnowledge> m_kb;
};

} // namespace Armlift
