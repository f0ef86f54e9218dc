#pragma once

#include "rules/Rule.h"
#include "rules/downloads/DownloadSites.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace Armlift {

// ARM202: the amd64 download of a known tool (AWS CLI, kubectl, Helm, Node.js, …), with the
// vendor's arm64 spelling from the knowledge base (section "downloads").
class ToolDownloadRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(ToolDownloadRule)
public:
    explicit ToolDownloadRule(const KnowledgeBase &kb);
    RuleInfo info() const override;
    void check(const RuleContext &context, QList<Finding> &out) const override;

private:
    struct Tool
    {
        QString id;
        QString name;
        QRegularExpression pattern; // group 1: the architecture spelling
        Internal::SiteNeedle literal; // text every match of `pattern` contains (may be empty)
        QRegularExpression also;    // related names renamed with the download (may be invalid: none)
        QString arm64;              // "{0}" stands for the matched group
        QString portable;           // optional override, "{0}" as above
        QString archVariable;       // for a case mapping
    };
    QList<Tool> m_tools;
    // Unknown tools whose URL names linux + amd64/x86_64 (section "downloads", "generic").
    QList<QRegularExpression> m_generic; // group 1: the architecture spelling
    QRegularExpression m_genericExclude;
    // Naming schemes whose arm64 spelling is known for a generic x86_64/x64 match.
    struct Vendor
    {
        QString name;
        QRegularExpression pattern;        // matched against the download's word
        QHash<QString, QString> arm64;     // amd64 spelling -> the scheme's arm64 spelling
        QString archVariable;
    };
    QList<Vendor> m_vendors;

    // Per site (index of `sites`): does it select by architecture, is it a Go tarball (ARM201's)?
    // Asked by both checks; only computed for sites that may name a tool build.
    struct Screening
    {
        QList<bool> archVariable;
        QList<bool> goTarball;
    };
    void checkGeneric(const RuleContext &context, const QList<Internal::TextSite> &sites, const Screening &screening,
                      QList<Finding> &out) const;
};

} // namespace Armlift
