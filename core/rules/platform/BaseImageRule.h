#pragma once

#include "rules/Rule.h"
#include "rules/platform/ImageTags.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace Armlift {

// ARM102 (offline): a base image that has no linux/arm64 variant, from the knowledge base
// (section "images"). The online check against the registry index lives with the registry client.
class BaseImageRule final : public Rule
{
    Q_DECLARE_TR_FUNCTIONS(BaseImageRule)
public:
    explicit BaseImageRule(const KnowledgeBase &kb);
    RuleInfo info() const override;
    void check(const RuleContext &context, QList<Finding> &out) const override;

    struct ImageReference
    {
        QString repository; // normalised: no docker.io/, no library/, lower case
        QString tag;        // "latest" when none is given
    };
    static ImageReference parseReference(const QString &image);

private:
    struct Entry
    {
        QString repository;
        QString repositoryPrefix; // "amd64/": every repository of a single-architecture namespace
        ImageTagSet tags;         // wildcards and "tagsBelow"
        QString replacement;
        QString note;
        QString noReplacement;
        QString source;
    };
    const Entry *lookup(const ImageReference &ref) const;

    QList<Entry> m_entries;
};

} // namespace Armlift
