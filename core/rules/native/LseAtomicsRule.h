#pragma once

#include "rules/Rule.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>

namespace Armlift {

// ARM502: an atomics-heavy source build (PostgreSQL …) in a stage whose compiler is older
// than GCC 10, which emits no LSE atomics for arm64 unless told to (-moutline-atomics).
class LseAtomicsRule : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(LseAtomicsRule)
public:
    explicit LseAtomicsRule(const KnowledgeBase &kb);
    RuleInfo info() const override;
    void check(const RuleContext &context, QList<Finding> &out) const override;

    // GCC version of an external base image from the knowledge base table; empty when unknown.
    QString gccVersionOf(const QString &image) const;

private:
    struct Build
    {
        QString name;
        QList<QRegularExpression> fetch;
        QList<QRegularExpression> tree;
        QString source;
    };
    struct ImageGcc
    {
        QStringList images;
        QStringList tags;
        QString gcc;
    };
    QList<Build> m_builds;
    QList<ImageGcc> m_images;
    QRegularExpression m_lseFlags;
    QString m_minOutline;
    QString m_lseDefault;
    QString m_source;
};

} // namespace Armlift
