#pragma once

#include "model/Finding.h"

#include <QList>
#include <QString>

#include <memory>
#include <unordered_map>

namespace Armlift {

class Dockerfile;
class KnowledgeBase;
class ProjectFiles;
struct ShellSource;

struct RuleInfo
{
    QString id;          // stable: ARM201
    Severity severity = Severity::Error;
    QString title;       // short name: "Go amd64 tarball"
    QString summary;     // one sentence for --list-rules and SARIF shortDescription
};

// Analyses that several rules derive from the same Dockerfile (the pip requirements, the download
// sites, the package installs of a stage…). Each is computed on first use and kept for the rest
// of the check, because every rule recomputing them made a lint quadratic in the stages.
// One context checks one file on one thread, so no locking.
class DerivedFacts
{
public:
    // The object stored under `key` (the address of a static in the function that owns it),
    // default-constructed on first use. References stay valid while the context lives.
    template<typename T>
    T &slot(const void *key) const
    {
        auto it = m_items.find(key);
        if (it == m_items.end())
            it = m_items.emplace(key, std::make_shared<T>()).first;
        return *static_cast<T *>(it->second.get());
    }

private:
    mutable std::unordered_map<const void *, std::shared_ptr<void>> m_items;
};

// What a rule sees when it checks one Dockerfile.
struct RuleContext
{
    const Dockerfile &dockerfile;
    const KnowledgeBase &kb;
    const ProjectFiles &project;   // manifests (requirements files, go.mod) relative to the scan root
    QString file;                  // the Dockerfile's path relative to the scan root
    const QList<ShellSource> &shell; // every piece of shell the Dockerfile runs, parsed once
    DerivedFacts derived = {};     // filled by the shared analyses, not by the creator
};

// A rule finds problems and proposes fixes as data; it never edits text.
class Rule
{
public:
    virtual ~Rule() = default;
    virtual RuleInfo info() const = 0;
    virtual void check(const RuleContext &context, QList<Finding> &out) const = 0;
};

} // namespace Armlift
