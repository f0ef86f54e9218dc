#pragma once

#include "rules/Rule.h"
#include "rules/downloads/DownloadSites.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Armlift {

// ARM601: artefacts that have no arm64 build at all (Google Chrome's .deb, emsdk's tools,
// PhantomJS …), from the knowledge base (section "artifacts").
class X86OnlyArtifactRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(X86OnlyArtifactRule)
public:
    explicit X86OnlyArtifactRule(const KnowledgeBase &kb);
    RuleInfo info() const override;
    void check(const RuleContext &context, QList<Finding> &out) const override;

private:
    enum class Replacement { None, DebianPackage, BuildPlatformStage };
    struct Artifact
    {
        QString id;
        QString name;
        QRegularExpression pattern;    // a file name or URL
        Internal::SiteNeedle literal;  // text every match of `pattern` contains (may be empty)
        QRegularExpression aptPackage; // a package name given to apt-get install
        QString aptLiteral;            // text every match of `aptPackage` contains (may be empty)
        QString command;               // a command (with `subcommand`) run in the build
        QString subcommand;
        QString why;
        QString help;
        Replacement replacement = Replacement::None;
        QString package;
    };

    void checkFiles(const RuleContext &context, const Artifact &a, QList<Finding> &out) const;
    void checkAptPackages(const RuleContext &context, const Artifact &a, QList<Finding> &out) const;
    void checkCommands(const RuleContext &context, const Artifact &a, QList<Finding> &out) const;
    Finding finding(const RuleContext &context, const Artifact &a, const SourceRange &range) const;

    QList<Artifact> m_artifacts;
};

} // namespace Armlift
