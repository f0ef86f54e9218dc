#pragma once

#include "scan/ProjectConfig.h"
#include "scan/ScanResult.h"

#include <QStringList>
#include <functional>

namespace Armlift {

class KnowledgeBase;
class RuleRegistry;

// Finds the Dockerfiles under a root, parses them with the manifests they use, runs every
// rule and returns the findings (suppressions and .armlift.json/.toml applied).
// Thread-safe: scan() may run on a worker thread; cancel through Options::isCancelled.
class ProjectScanner
{
public:
    struct Options
    {
        std::function<bool()> isCancelled;                 // polled between files
        std::function<void(int done, int total)> progress; // called from the scanning thread
        QHash<QString, QString> overrides;                 // relative path -> unsaved text
    };

    explicit ProjectScanner(const RuleRegistry &rules);
    ProjectScanner();  // the bundled rules

    // `root` may be a folder or a single Dockerfile.
    ScanResult scan(const QString &root, const Options &options = {}) const;

    // Lints one Dockerfile's text (the editor's re-lint). Findings in other files it uses
    // (requirements) are included; `relativePath` is relative to `root`.
    ScanResult lintText(const QString &root, const QString &relativePath, const QString &text,
                        const ProjectConfig &config = {}) const;

    // Dockerfile, *.Dockerfile, Dockerfile.*, Containerfile (case-insensitive), skipping .git,
    // node_modules, vendor trees, ignored paths, and never leaving the root through a symlink.
    static QStringList findDockerfiles(const QString &root, const ProjectConfig &config,
                                       QList<ScanError> *errors = nullptr,
                                       const std::function<bool()> &isCancelled = {});
    static bool isDockerfileName(const QString &fileName);

private:
    const RuleRegistry &m_rules;
};

} // namespace Armlift
