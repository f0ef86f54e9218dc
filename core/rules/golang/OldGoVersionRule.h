#pragma once

#include "lint/IncrementalRule.h"
#include "rules/Rule.h"

#include <QCoreApplication>

namespace Armlift {

namespace Internal {
struct TextSite;

// A Go release tarball named with a literal version ("go1.16.5.linux-amd64.tar.gz"): the first
// match at or after `from` of the regular expression
//   (?:^|[/="'\s])go(1\.[0-9]+(?:\.[0-9]+)?)(?:rc[0-9]+|beta[0-9]+)?\.(?:linux|darwin|freebsd)-[a-z0-9]+\.tar\.gz
// found by hand (ARM402 asks it of every tarball a Dockerfile names): the version (group 1) and
// where the match ends; `end` is -1 when there is none.
struct GoTarballName
{
    qsizetype versionStart = -1;
    qsizetype versionEnd = -1;
    qsizetype end = -1;
};
GoTarballName findGoTarballName(QStringView text, qsizetype from);
} // namespace Internal

// ARM402: Go older than the release that brought the register-based calling convention to
// arm64 (1.18): a Go tarball, `FROM golang:<old>`, or the go.mod the Dockerfile builds.
//
// The tarball findings of a stage depend only on its own instructions, so the rule keeps them
// per stage and the editor's re-lint redoes only the edited stages; whether go.mod is looked at
// combines every stage.
class OldGoVersionRule : public Rule, public IncrementalRule
{
    Q_DECLARE_TR_FUNCTIONS(OldGoVersionRule)
public:
    explicit OldGoVersionRule(const KnowledgeBase &kb);
    RuleInfo info() const override;
    void check(const RuleContext &context, QList<Finding> &out) const override;
    void checkIncremental(const RuleContext &context, const QSet<int> *changedStages, std::unique_ptr<Memo> &memo,
                          QList<Finding> &out) const override;
    struct StagePart; // what one stage contributes, kept between re-lints

private:
    void run(const RuleContext &context, const QSet<int> *changedStages, std::unique_ptr<Memo> *memo,
             QList<Finding> &out) const;
    // The tarball findings of one stage from its text sites, in document order.
    void checkTarballs(const RuleContext &context, const RuleInfo &info, const QList<Internal::TextSite> &sites,
                       StagePart &part) const;
    QString message(const QString &version) const;
    QString help() const;

    QString m_registerAbi;  // "1.18"; empty: the knowledge base lacks it, no findings
    QString m_source;
};

} // namespace Armlift
